package io.capokr.service;

import java.util.List;

/** What a carry-over did: each key result carried, with its copy and the cycle it went to, and those dropped. */
public record CarryResult(List<Carried> carried, List<Long> dropped) {

    public CarryResult {
        carried = List.copyOf(carried);
        dropped = List.copyOf(dropped);
    }

    public record Carried(long keyResultId, long copyId, long toCycleId) {
    }

    public static CarryResult none() {
        return new CarryResult(List.of(), List.of());
    }
}
