package io.capokr.okr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period, usually 90 days, in which teams pursue their objectives. Cycles are site-wide.
 * Both dates are inclusive: a cycle from 1 January to 31 March covers 90 days.
 */
public record Cycle(long id, String name, LocalDate startDate, LocalDate endDate, CycleState state) {

    public Cycle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(state, "state");
    }

    /** Length in days, counting both the first and the last day. */
    public long lengthInDays() {
        return CycleRules.lengthInDays(startDate, endDate);
    }
}
