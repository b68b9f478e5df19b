package io.capokr.web;

import java.util.List;

import io.capokr.host.Messages;
import io.capokr.service.CompanyOkrs;

/** One company objective on the company page, with the project objectives aligned to it, ready to print. */
public final class CompanyObjectiveView {

    private final CompanyOkrs.CompanyObjectiveRow row;
    private final ObjectiveCardView card;
    private final List<AlignedProjectView> aligned;
    private final Messages messages;

    CompanyObjectiveView(CompanyOkrs.CompanyObjectiveRow row, ObjectiveCardView card, List<AlignedProjectView> aligned,
                         Messages messages) {
        this.row = row;
        this.card = card;
        this.aligned = List.copyOf(aligned);
        this.messages = messages;
    }

    /** Title, type, owner, progress and health, as every page shows them. */
    public ObjectiveCardView getCard() {
        return card;
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
