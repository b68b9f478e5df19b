package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of a reorder: every id of the list, in the new order. For objectives, {@code cycleId} and
 * {@code projectKey} (none for company objectives) name the list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderJson(
        @JsonProperty("cycleId") Long cycleId,
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("ids") List<Long> ids) {

    List<Long> idsOrEmpty() {
        return ids == null ? List.of() : ids;
    }
}
