package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A key result's progress on each day it changed, earliest first. */
public record KeyResultHistoryJson(@JsonProperty("keyResultId") long keyResultId,
                                   @JsonProperty("points") List<ProgressPointJson> points) {
}
