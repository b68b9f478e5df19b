package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Cycle;

/** A cycle as REST clients see it; dates are ISO-8601, both ends inclusive. */
public record CycleJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("startDate") String startDate,
        @JsonProperty("endDate") String endDate,
        @JsonProperty("state") String state,
        @JsonProperty("lengthInDays") long lengthInDays) {

    static CycleJson of(Cycle cycle) {
        return new CycleJson(cycle.id(), cycle.name(), cycle.startDate().toString(), cycle.endDate().toString(),
                cycle.state().name(), cycle.lengthInDays());
    }
}
