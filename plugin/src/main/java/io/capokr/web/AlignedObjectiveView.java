package io.capokr.web;

import io.capokr.host.Messages;
import io.capokr.service.CompanyOkrs;

/** A project objective aligned to a company objective: its title, progress and health. */
public final class AlignedObjectiveView {

    private final CompanyOkrs.ObjectiveProgress objective;
    private final double expectedProgress;
    private final Messages messages;

    AlignedObjectiveView(CompanyOkrs.ObjectiveProgress objective, double expectedProgress, Messages messages) {
        this.objective = objective;
        this.expectedProgress = expectedProgress;
        this.messages = messages;
    }

    public long getId() {
        return objective.objective().id();
    }

    public String getTitle() {
        return objective.objective().title();
    }

    public int getProgressPercent() {
        return Percent.of(objective.progress());
    }

    public String getProgressLabel() {
        return messages.text("capokr.progress.label", getProgressPercent(), Percent.of(expectedProgress));
    }

    public String getHealthLabel() {
        return messages.text(Lozenges.labelKey(objective.health()));
    }

    public String getHealthLozenge() {
        return Lozenges.of(objective.health());
    }
}
