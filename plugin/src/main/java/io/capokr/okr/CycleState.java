package io.capokr.okr;

/** Where a cycle is in its life: objectives are drafted while PLANNING, worked while ACTIVE, graded when CLOSED. */
public enum CycleState {
    PLANNING,
    ACTIVE,
    CLOSED
}
