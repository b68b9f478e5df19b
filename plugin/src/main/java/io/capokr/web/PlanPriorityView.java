package io.capokr.web;

/** One priority of the project's plan as the page prints it: its text and, when someone carries it, its owner. */
public final class PlanPriorityView {

    private final String title;
    private final Person owner;

    PlanPriorityView(String title, Person owner) {
        this.title = title;
        this.owner = owner;
    }

    public String getTitle() {
        return title;
    }

    public boolean isHasOwner() {
        return owner != null;
    }

    /** The owner; null when nobody owns it yet (the template checks {@link #isHasOwner()} first). */
    public Person getOwner() {
        return owner;
    }
}
