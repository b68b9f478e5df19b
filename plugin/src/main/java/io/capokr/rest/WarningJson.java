package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A calibration warning: its stable code, and the advice in the caller's language. */
public record WarningJson(@JsonProperty("code") String code, @JsonProperty("message") String message) {
}
