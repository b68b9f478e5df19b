package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.PlanDraft;

/**
 * Body of saving a plan: the cycle, the version read ({@code 0} or absent for the first save) and the whole ordered
 * list of priorities, which replaces the previous one.
 */
public record PlanRequestJson(
        @JsonProperty("cycleId") @JsonDeserialize(using = WholeNumbers.Id.class) Long cycleId,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version,
        @JsonProperty("priorities") List<Item> priorities) {

    public record Item(@JsonProperty("title") String title, @JsonProperty("ownerKey") String ownerKey) {
    }

    PlanDraft toDraft() {
        return new PlanDraft(priorities == null ? null
                : priorities.stream().map(item -> item == null ? null : new PlanDraft.Item(item.title(), item.ownerKey()))
                        .toList());
    }
}
