package io.capokr.service;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions a close or a later carry-over takes on unfinished key results: carry each of {@code carryOver} to
 * its cycle ({@code toCycleId} null: the next cycle), drop each of {@code drop}. Key results named in neither stay
 * undecided, and can be decided later.
 */
public record CarryRequest(List<Carry> carryOver, List<Long> drop) {

    /** One key result to carry, and where to. */
    public record Carry(Long keyResultId, Long toCycleId) {
    }

    public CarryRequest {
        carryOver = carryOver == null ? List.of() : new ArrayList<>(carryOver);
        drop = drop == null ? List.of() : new ArrayList<>(drop);
    }

    /** Nothing decided: a close that leaves every unfinished key result undecided. */
    public static CarryRequest none() {
        return new CarryRequest(List.of(), List.of());
    }

    public boolean isEmpty() {
        return carryOver.isEmpty() && drop.isEmpty();
    }
}
