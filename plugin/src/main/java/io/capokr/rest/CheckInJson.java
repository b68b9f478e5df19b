package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.CheckIn;

/** A check-in as REST clients see it; {@code at} is ISO-8601. */
public record CheckInJson(
        @JsonProperty("id") long id,
        @JsonProperty("keyResultId") long keyResultId,
        @JsonProperty("authorKey") String authorKey,
        @JsonProperty("at") String at,
        @JsonProperty("value") Double value,
        @JsonProperty("progress") double progress,
        @JsonProperty("confidence") String confidence,
        @JsonProperty("note") String note,
        @JsonProperty("blocker") boolean blocker) {

    static CheckInJson of(CheckIn c) {
        return new CheckInJson(c.id(), c.keyResultId(), c.authorKey(), c.at().toString(), c.value(), c.progress(),
                c.confidence().name(), c.note(), c.blocker());
    }
}
