package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.KeyResultDraft;

/** Body of creating or changing a key result; which fields count depends on {@code measure}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyResultRequestJson(
        @JsonProperty("title") String title,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("measure") String measure,
        @JsonProperty("start") Double start,
        @JsonProperty("target") Double target,
        @JsonProperty("current") Double current,
        @JsonProperty("unit") String unit,
        @JsonProperty("direction") String direction,
        @JsonProperty("done") Boolean done,
        @JsonProperty("weighting") String weighting,
        @JsonProperty("weight") Double weight,
        @JsonProperty("version") Integer version) {

    KeyResultDraft toDraft() {
        return new KeyResultDraft(title, measure, start, target, current, unit, direction, done, weighting, weight);
    }
}
