package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of a reorder: every id of the list, in the new order. For objectives, {@code cycleId} and
 * {@code projectKey} (none for company objectives) name the list.
 */
public record OrderJson(
        @JsonProperty("cycleId") @JsonDeserialize(using = WholeNumbers.Id.class) Long cycleId,
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("ids") @JsonDeserialize(contentUsing = WholeNumbers.Id.class) List<Long> ids) {

    List<Long> idsOrEmpty() {
        return ids == null ? List.of() : ids;
    }
}
