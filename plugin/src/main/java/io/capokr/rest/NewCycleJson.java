package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.CycleDraft;

/**
 * The body of {@code POST /cycles}, and of {@code PUT /cycles/{id}} with the {@code version} the caller read. Dates are taken as text and checked by the domain, so a bad
 * date is a 400 that names its field. Unknown properties are ignored, as Jira's own REST does.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCycleJson(
        @JsonProperty("name") String name,
        @JsonProperty("startDate") String startDate,
        @JsonProperty("endDate") String endDate,
        @JsonProperty("version") Integer version) {

    CycleDraft toDraft() {
        return new CycleDraft(name, startDate, endDate);
    }
}
