package io.capokr.web;

import java.util.List;
import java.util.Locale;

import io.capokr.host.Messages;
import io.capokr.okr.ObjectiveType;
import io.capokr.service.CompanyOkrs;

/** One company objective on the company page, with the project objectives aligned to it, ready to print. */
public final class CompanyObjectiveView {

    private final CompanyOkrs.CompanyObjectiveRow row;
    private final Person owner;
    private final List<AlignedProjectView> aligned;
    private final double expectedProgress;
    private final Messages messages;

    CompanyObjectiveView(CompanyOkrs.CompanyObjectiveRow row, Person owner, List<AlignedProjectView> aligned,
                         double expectedProgress, Messages messages) {
        this.row = row;
        this.owner = owner;
        this.aligned = List.copyOf(aligned);
        this.expectedProgress = expectedProgress;
        this.messages = messages;
    }

    public long getId() {
        return row.objective().id();
    }

    public String getTitle() {
        return row.objective().title();
    }

    public String getDescription() {
        return row.objective().description();
    }

    public boolean isHasDescription() {
        return !row.objective().description().isBlank();
    }

    public Person getOwner() {
        return owner;
    }

    public boolean isCommitted() {
        return row.objective().type() == ObjectiveType.COMMITTED;
    }

    public String getTypeLabel() {
        return messages.text("capokr.objective.type." + row.objective().type().name().toLowerCase(Locale.ROOT));
    }

    public int getProgressPercent() {
        return Percent.of(row.progress());
    }

    public int getExpectedPercent() {
        return Percent.of(expectedProgress);
    }

    /** "42% done, 55% expected by today", for the bar's accessible name. */
    public String getProgressLabel() {
        return messages.text("capokr.progress.label", getProgressPercent(), getExpectedPercent());
    }

    public String getHealthLabel() {
        return messages.text(Lozenges.labelKey(row.health()));
    }

    public String getHealthLozenge() {
        return Lozenges.of(row.health());
    }

    /** "3 key results", or that it has none yet. */
    public String getKeyResultsLabel() {
        return messages.text("capokr.company.keyResults", row.keyResults());
    }

    public List<AlignedProjectView> getAlignedProjects() {
        return aligned;
    }

    public boolean isHasAligned() {
        return !aligned.isEmpty();
    }
}
