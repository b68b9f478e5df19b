package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.CarryResult;

/** What {@code POST /cycles/{id}/carry-over} did: each key result carried, with its copy and where it went; those dropped. */
public record CarryResultJson(
        @JsonProperty("carried") List<CarriedJson> carried,
        @JsonProperty("dropped") List<Long> dropped) {

    public record CarriedJson(@JsonProperty("keyResultId") long keyResultId, @JsonProperty("copyId") long copyId,
                              @JsonProperty("toCycleId") long toCycleId) {
    }

    static CarryResultJson of(CarryResult result) {
        return new CarryResultJson(result.carried().stream()
                .map(c -> new CarriedJson(c.keyResultId(), c.copyId(), c.toCycleId())).toList(), result.dropped());
    }
}
