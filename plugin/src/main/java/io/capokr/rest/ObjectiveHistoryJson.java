package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An objective's weighted progress on each day one of its key results changed, earliest first. */
public record ObjectiveHistoryJson(@JsonProperty("objectiveId") long objectiveId,
                                   @JsonProperty("points") List<ProgressPointJson> points) {
}
