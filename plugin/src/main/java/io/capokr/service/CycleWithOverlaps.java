package io.capokr.service;

import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.CycleRules;

/** A cycle with the other cycles that share days with it ({@link CycleRules#overlapping}), earliest first. */
public record CycleWithOverlaps(Cycle cycle, List<Cycle> overlaps) {

    public CycleWithOverlaps {
        overlaps = List.copyOf(overlaps);
    }

    /** The cycle among {@code all}, which holds it; no statement of its own. */
    static CycleWithOverlaps among(Cycle cycle, List<Cycle> all) {
        return new CycleWithOverlaps(cycle, CycleRules.overlapping(cycle, all));
    }
}
