package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.AdjustmentDraft;

/**
 * Body of {@code POST /projects/{key}/reviews/MID_CYCLE/adjustments}: the key result, either a new {@code target}
 * (metrics) or a new {@code title}, and the key result's {@code version} as read.
 */
public record AdjustmentRequestJson(
        @JsonProperty("keyResultId") @JsonDeserialize(using = WholeNumbers.Id.class) Long keyResultId,
        @JsonProperty("target") Double target,
        @JsonProperty("title") String title,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version) {

    AdjustmentDraft toDraft() {
        return new AdjustmentDraft(target, title);
    }
}
