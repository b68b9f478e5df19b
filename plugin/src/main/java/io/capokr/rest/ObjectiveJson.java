package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Objective;

/** An objective as REST clients see it. Send {@code version} back when changing it. */
public record ObjectiveJson(
        @JsonProperty("id") long id,
        @JsonProperty("cycleId") long cycleId,
        @JsonProperty("projectId") Long projectId,
        @JsonProperty("parentId") Long parentId,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("type") String type,
        @JsonProperty("rank") int rank,
        @JsonProperty("grade") Double grade,
        @JsonProperty("version") int version) {

    static ObjectiveJson of(Objective o) {
        return new ObjectiveJson(o.id(), o.cycleId(), o.projectId(), o.parentId(), o.title(), o.description(),
                o.ownerKey(), o.type().name(), o.rank(), o.grade(), o.version());
    }
}
