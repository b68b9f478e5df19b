package io.capokr.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.capokr.okr.CarryOver;
import io.capokr.okr.Cycle;

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

    /**
     * The cycles this request writes to when applied to cycle {@code fromId}: that cycle and every cycle a key
     * result is carried into (the next cycle, as {@code all} has it now, where none is named). The services hold
     * all their locks, so that no target can be closed while a carry lands in it.
     */
    public Set<Long> cyclesTouched(long fromId, List<Cycle> all) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(fromId);
        Optional<Cycle> from = all.stream().filter(cycle -> cycle.id() == fromId).findFirst();
        for (Carry carry : carryOver) {
            if (carry.toCycleId() != null) {
                ids.add(carry.toCycleId());
            } else {
                from.flatMap(cycle -> CarryOver.nextCycle(cycle, all)).ifPresent(next -> ids.add(next.id()));
            }
        }
        return ids;
    }
}
