package io.capokr.okr;

/**
 * The two reviews of a cycle: MID_CYCLE (seed step 5: what works, what to change, and adjusted key results) and
 * END_OF_CYCLE (seed step 6: the same questions once the cycle is over, with the learnings the next cycle starts from).
 */
public enum ReviewKind {
    MID_CYCLE,
    END_OF_CYCLE
}
