package io.capokr.web;

import java.util.Locale;

import io.capokr.host.Messages;
import io.capokr.okr.Health;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveType;

/**
 * What an objective's card shows on every page (the project page, the company page): title, description, type,
 * owner, and progress against expected with its health. Each page's own view adds what only it shows.
 */
public final class ObjectiveCardView {

    private final Objective objective;
    private final Person owner;
    private final double progress;
    private final Health health;
    private final double expectedProgress;
    private final Messages messages;

    ObjectiveCardView(Objective objective, Person owner, double progress, Health health, double expectedProgress,
                      Messages messages) {
        this.objective = objective;
        this.owner = owner;
        this.progress = progress;
        this.health = health;
        this.expectedProgress = expectedProgress;
        this.messages = messages;
    }

    public long getId() {
        return objective.id();
    }

    public String getTitle() {
        return objective.title();
    }

    public String getDescription() {
        return objective.description();
    }

    public boolean isHasDescription() {
        return !objective.description().isBlank();
    }

    public Person getOwner() {
        return owner;
    }

    public boolean isCommitted() {
        return objective.type() == ObjectiveType.COMMITTED;
    }

    public String getTypeLabel() {
        return messages.text("capokr.objective.type." + objective.type().name().toLowerCase(Locale.ROOT));
    }

    public int getProgressPercent() {
        return Percent.of(progress);
    }

    public int getExpectedPercent() {
        return Percent.of(expectedProgress);
    }

    /** "42% done, 55% expected by today", for the bar's accessible name. */
    public String getProgressLabel() {
        return messages.text("capokr.progress.label", getProgressPercent(), getExpectedPercent());
    }

    public String getHealthLabel() {
        return messages.text(Lozenges.labelKey(health));
    }

    public String getHealthLozenge() {
        return Lozenges.of(health);
    }
}
