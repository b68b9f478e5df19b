package io.capokr.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Jira's error shape: {@code {"errorMessages":[...], "errors":{"field":"message"}}}. */
public record ErrorJson(
        @JsonProperty("errorMessages") List<String> errorMessages,
        @JsonProperty("errors") Map<String, String> errors) {
}
