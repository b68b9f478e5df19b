package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.CycleDraft;

/**
 * The body of {@code POST /cycles}, and of {@code PUT /cycles/{id}} with the {@code version} the caller read. Dates are taken as text and checked by the domain, so a bad
 * date is a 400 that names its field. Unknown properties are ignored, as Jira's own REST does. A PUT changes only the
 * fields it carries ({@link Change}).
 */
public record NewCycleJson(
        @JsonProperty("name") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> name,
        @JsonProperty("startDate") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> startDate,
        @JsonProperty("endDate") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> endDate,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version) {

    CycleDraft toDraft() {
        return new CycleDraft(name.orNull(), startDate.orNull(), endDate.orNull());
    }

    CycleDraft.Edit toEdit() {
        return new CycleDraft.Edit(name, startDate, endDate);
    }
}
