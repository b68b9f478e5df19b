package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.PlanDraft;

/**
 * Body of saving a plan: the cycle, the version read ({@code 0} or absent for the first save) and the whole ordered
 * list of priorities, which replaces the previous one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanRequestJson(
        @JsonProperty("cycleId") Long cycleId,
        @JsonProperty("version") Integer version,
        @JsonProperty("priorities") List<Item> priorities) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(@JsonProperty("title") String title, @JsonProperty("ownerKey") String ownerKey) {
    }

    PlanDraft toDraft() {
        return new PlanDraft(priorities == null ? null
                : priorities.stream().map(item -> item == null ? null : new PlanDraft.Item(item.title(), item.ownerKey()))
                        .toList());
    }
}
