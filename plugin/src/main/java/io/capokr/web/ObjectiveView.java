package io.capokr.web;

import java.util.List;

import io.capokr.service.ProjectOkrs;

/** One objective on the project page, with its key results, ready to print. */
public final class ObjectiveView {

    /** Calibration advice beside it, in the reader's language (okr.Calibration). */
    private List<String> warnings = List.of();

    private final ProjectOkrs.ObjectiveRow row;
    private final ObjectiveCardView card;
    private final String alignedTo;
    private final List<KeyResultView> keyResults;
    private final Place place;

    ObjectiveView(ProjectOkrs.ObjectiveRow row, ObjectiveCardView card, String alignedTo, List<KeyResultView> keyResults,
                  Place place) {
        this.row = row;
        this.card = card;
        this.alignedTo = alignedTo;
        this.keyResults = List.copyOf(keyResults);
        this.place = place;
    }

    /** Title, type, owner, progress and health, as every page shows them. */
    public ObjectiveCardView getCard() {
        return card;
    }

    public boolean isFirst() {
        return place.first();
    }

    public boolean isLast() {
        return place.last();
    }

    /** The title of the company objective it aligns to; empty when it aligns to none the reader may see. */
    public String getAlignedTo() {
        return alignedTo;
    }

    public boolean isAligned() {
        return !alignedTo.isEmpty();
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

    /** The same view with its calibration warnings. */
    ObjectiveView withWarnings(List<String> texts) {
        this.warnings = List.copyOf(texts);
        return this;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public boolean isHasWarnings() {
        return !warnings.isEmpty();
    }
}
