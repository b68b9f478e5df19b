package io.capokr.web;

import java.util.List;
import java.util.stream.Collectors;

import io.capokr.host.Messages;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;

/** One cycle as a row of the project page: plain strings, nothing for the template to compute. */
public final class CycleRowView {

    private final Cycle cycle;
    private final boolean selected;
    private final List<Cycle> overlaps;
    private final Messages messages;

    CycleRowView(Cycle cycle, boolean selected, Messages messages) {
        this(cycle, selected, List.of(), messages);
    }

    /** {@code overlaps}: the other cycles sharing a day with this one, which the page points out. */
    CycleRowView(Cycle cycle, boolean selected, List<Cycle> overlaps, Messages messages) {
        this.cycle = cycle;
        this.selected = selected;
        this.overlaps = List.copyOf(overlaps);
        this.messages = messages;
    }

    public int getVersion() {
        return cycle.version();
    }

    public boolean isPlanning() {
        return cycle.state() == CycleState.PLANNING;
    }

    public boolean isActive() {
        return cycle.state() == CycleState.ACTIVE;
    }

    public boolean isClosed() {
        return cycle.state() == CycleState.CLOSED;
    }

    public boolean isHasOverlaps() {
        return !overlaps.isEmpty();
    }

    /** "This cycle overlaps 2027 Q1, Pilot." */
    public String getOverlapsLabel() {
        return overlaps.isEmpty() ? "" : messages.text("capokr.cycle.overlaps",
                overlaps.stream().map(Cycle::name).collect(Collectors.joining(", ")));
    }

    /** The cycle the page shows. */
    public boolean isSelected() {
        return selected;
    }

    /** "2027 Q1 · 2027-01-01 – 2027-03-31 · Active", for the picker. */
    public String getOptionLabel() {
        return messages.text("capokr.cycle.option", cycle.name(), getStartDate(), getEndDate(), getStateLabel());
    }

    public String getStateLabel() {
        return messages.text(getStateKey());
    }

    public long getId() {
        return cycle.id();
    }

    public String getName() {
        return cycle.name();
    }

    public String getStartDate() {
        return cycle.startDate().toString();
    }

    public String getEndDate() {
        return cycle.endDate().toString();
    }

    /** "90 days", in the reader's language: formatted here, since templates call one-argument methods at most. */
    public String getLengthLabel() {
        return messages.text("capokr.cycle.days", String.valueOf(cycle.lengthInDays()));
    }

    /** The i18n key of the state's label. */
    public String getStateKey() {
        return "capokr.cycle.state." + cycle.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The AUI lozenge modifier for the state: planning is new, active is current, closed is done. */
    public String getStateLozenge() {
        return switch (cycle.state()) {
            case PLANNING -> "aui-lozenge-new";
            case ACTIVE -> "aui-lozenge-current";
            case CLOSED -> "aui-lozenge-success";
        };
    }
}
