package io.capokr.okr;

import java.util.Optional;

/**
 * The moves of a cycle's life, PLANNING → ACTIVE → CLOSED, one step forward at a time and never back: a closed
 * cycle keeps its grades and reviews as they were, so reopening it would rewrite history.
 */
public enum CycleTransition {
    START(CycleState.PLANNING, CycleState.ACTIVE),
    CLOSE(CycleState.ACTIVE, CycleState.CLOSED);

    private final CycleState from;
    private final CycleState to;

    CycleTransition(CycleState from, CycleState to) {
        this.from = from;
        this.to = to;
    }

    public CycleState from() {
        return from;
    }

    public CycleState to() {
        return to;
    }

    /**
     * Why this move cannot be made from the cycle's current state, as a message key that says which state it is
     * in (its argument is the cycle's name); empty when it can.
     */
    public Optional<String> refusal(Cycle cycle) {
        if (cycle.state() == from) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case START -> cycle.state() == CycleState.ACTIVE
                    ? "capokr.error.cycle.start.active" : "capokr.error.cycle.start.closed";
            case CLOSE -> cycle.state() == CycleState.PLANNING
                    ? "capokr.error.cycle.close.planning" : "capokr.error.cycle.close.closed";
        });
    }
}
