package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.okr.CheckInDraft;

/**
 * Body of a check-in: the metric's value (METRIC only), a confidence, a note, and whether the note reports a
 * blocker. {@code blocker} is read as raw JSON because Jackson would coerce "yes", 1 or "true" into a boolean, and a
 * blocker flag must be exactly true or false (or absent): anything else is a 400 naming it.
 */
public record CheckInRequestJson(
        @JsonProperty("value") Double value,
        @JsonProperty("confidence") String confidence,
        @JsonProperty("note") String note,
        @JsonProperty("blocker") JsonNode blocker) {

    CheckInDraft toDraft() {
        return new CheckInDraft(value, confidence, note, blockerFlag());
    }

    private Boolean blockerFlag() {
        if (blocker == null || blocker.isNull() || blocker.isMissingNode()) {
            return null;
        }
        if (!blocker.isBoolean()) {
            throw RequestErrors.wrongType(CheckInDraft.BLOCKER);
        }
        return blocker.booleanValue();
    }
}
