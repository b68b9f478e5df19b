package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.AdjustmentDraft;

/**
 * Body of {@code POST /projects/{key}/reviews/MID_CYCLE/adjustments}: the key result, either a new {@code target}
 * (metrics) or a new {@code title}, and the key result's {@code version} as read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdjustmentRequestJson(
        @JsonProperty("keyResultId") Long keyResultId,
        @JsonProperty("target") Double target,
        @JsonProperty("title") String title,
        @JsonProperty("version") Integer version) {

    AdjustmentDraft toDraft() {
        return new AdjustmentDraft(target, title);
    }
}
