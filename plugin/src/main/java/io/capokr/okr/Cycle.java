package io.capokr.okr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period, usually 90 days, in which teams pursue their objectives. Cycles are site-wide.
 * Both dates are inclusive: a cycle from 1 January to 31 March covers 90 days. {@code version} counts the
 * cycle's saved changes, for optimistic locking; a new cycle is at version 1.
 */
public record Cycle(long id, String name, LocalDate startDate, LocalDate endDate, CycleState state, int version) {

    public Cycle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(state, "state");
    }

    /** A cycle at version 1, as it is when created. */
    public Cycle(long id, String name, LocalDate startDate, LocalDate endDate, CycleState state) {
        this(id, name, startDate, endDate, state, 1);
    }

    /** Whether the two cycles share at least one day (both ends are inclusive). */
    public boolean overlaps(Cycle other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }

    /** The same cycle with another name and dates, as an edit makes it. */
    public Cycle rescheduled(String newName, LocalDate newStart, LocalDate newEnd) {
        return new Cycle(id, newName, newStart, newEnd, state, version);
    }

    /** The same cycle in another state, as a transition leaves it. */
    public Cycle inState(CycleState newState) {
        return new Cycle(id, name, startDate, endDate, newState, version);
    }

    /** Length in days, counting both the first and the last day. */
    public long lengthInDays() {
        return CycleRules.lengthInDays(startDate, endDate);
    }
}
