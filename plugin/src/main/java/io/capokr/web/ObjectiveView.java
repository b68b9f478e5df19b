package io.capokr.web;

import java.util.List;
import java.util.Locale;

import io.capokr.host.Messages;
import io.capokr.okr.ObjectiveType;
import io.capokr.service.ProjectOkrs;

/** One objective on the project page, with its key results, ready to print. */
public final class ObjectiveView {

    private final ProjectOkrs.ObjectiveRow row;
    private final Person owner;
    private final String alignedTo;
    private final List<KeyResultView> keyResults;
    private final double expectedProgress;
    private final Place place;
    private final Messages messages;

    ObjectiveView(ProjectOkrs.ObjectiveRow row, Person owner, String alignedTo, List<KeyResultView> keyResults,
                  double expectedProgress, Place place, Messages messages) {
        this.row = row;
        this.place = place;
        this.owner = owner;
        this.alignedTo = alignedTo;
        this.keyResults = List.copyOf(keyResults);
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

    public boolean isFirst() {
        return place.first();
    }

    public boolean isLast() {
        return place.last();
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

    /** The title of the company objective it aligns to; empty when it aligns to none the reader may see. */
    public String getAlignedTo() {
        return alignedTo;
    }

    public boolean isAligned() {
        return !alignedTo.isEmpty();
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

    public boolean isCanEdit() {
        return row.canEdit();
    }

    public List<KeyResultView> getKeyResults() {
        return keyResults;
    }

    public boolean isHasKeyResults() {
        return !keyResults.isEmpty();
    }
}
