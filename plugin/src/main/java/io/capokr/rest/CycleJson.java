package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Cycle;
import io.capokr.service.CycleWithOverlaps;

/**
 * A cycle as REST clients see it; dates are ISO-8601, both ends inclusive. {@code version} is what an edit sends
 * back; {@code overlaps} names the other cycles sharing at least one day with it (id and name, earliest first),
 * which is allowed but worth knowing.
 */
public record CycleJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("startDate") String startDate,
        @JsonProperty("endDate") String endDate,
        @JsonProperty("state") String state,
        @JsonProperty("lengthInDays") long lengthInDays,
        @JsonProperty("version") int version,
        @JsonProperty("overlaps") List<CycleRefJson> overlaps) {

    /** Another cycle, as an overlap names it. */
    public record CycleRefJson(@JsonProperty("id") long id, @JsonProperty("name") String name) {
    }

    static CycleJson of(CycleWithOverlaps shown) {
        return of(shown.cycle(), shown.overlaps());
    }

    static CycleJson of(Cycle cycle, List<Cycle> overlaps) {
        return new CycleJson(cycle.id(), cycle.name(), cycle.startDate().toString(), cycle.endDate().toString(),
                cycle.state().name(), cycle.lengthInDays(), cycle.version(),
                overlaps.stream().map(other -> new CycleRefJson(other.id(), other.name())).toList());
    }
}
