package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.CheckInDraft;

/** Body of a check-in: the metric's value (METRIC only), a confidence, and a note. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckInRequestJson(
        @JsonProperty("value") Double value,
        @JsonProperty("confidence") String confidence,
        @JsonProperty("note") String note) {

    CheckInDraft toDraft() {
        return new CheckInDraft(value, confidence, note);
    }
}
