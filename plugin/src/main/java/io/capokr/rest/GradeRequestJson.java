package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.GradeDraft;

/** Body of {@code PUT /keyresults/{id}/grade}: 0.0 to 1.0 in steps of 0.1, a reason if it differs from the suggested grade, and the key result's {@code version}. */
public record GradeRequestJson(
        @JsonProperty("grade") @JsonDeserialize(using = ChangeJson.Number.class) Change<Double> grade,
        @JsonProperty("reason") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> reason,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version) {

    GradeDraft.Edit toEdit() {
        return new GradeDraft.Edit(grade, reason);
    }
}
