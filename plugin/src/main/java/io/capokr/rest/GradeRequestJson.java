package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.GradeDraft;

/** Body of {@code PUT /keyresults/{id}/grade}: 0.0 to 1.0 in steps of 0.1, a reason if it differs from the suggested grade, and the key result's {@code version}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GradeRequestJson(
        @JsonProperty("grade") Double grade,
        @JsonProperty("reason") String reason,
        @JsonProperty("version") Integer version) {

    GradeDraft toDraft() {
        return new GradeDraft(grade, reason);
    }
}
