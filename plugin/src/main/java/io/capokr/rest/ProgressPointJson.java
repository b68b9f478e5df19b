package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.ProgressPoint;

/** One day of a progress history: {@code day} is an ISO date, {@code progress} in [0,1]. */
public record ProgressPointJson(@JsonProperty("day") String day, @JsonProperty("progress") double progress) {

    static List<ProgressPointJson> of(List<ProgressPoint> points) {
        return points.stream().map(p -> new ProgressPointJson(p.day().toString(), p.progress())).toList();
    }
}
