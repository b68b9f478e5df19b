package io.capokr.web;

/** One option of a select: an id and the text shown for it. */
public final class ChoiceView {

    private final long id;
    private final String label;

    ChoiceView(long id, String label) {
        this.id = id;
        this.label = label;
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
