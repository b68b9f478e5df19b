package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;

/**
 * A key result as REST clients see it: the fields of its measure only (METRIC: start, target,
 * current, unit, direction; MILESTONE: done; ISSUES: weighting). Send {@code version} back to change it.
 * {@code lastCheckInAt}: when the latest check-in was recorded (ISO-8601 instant), absent before the first.
 * {@code warnings}: the calibration warnings, in the answers of a save (absent elsewhere).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyResultJson(
        @JsonProperty("id") long id,
        @JsonProperty("objectiveId") long objectiveId,
        @JsonProperty("title") String title,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("measure") String measure,
        @JsonProperty("start") Double start,
        @JsonProperty("target") Double target,
        @JsonProperty("current") Double current,
        @JsonProperty("unit") String unit,
        @JsonProperty("direction") String direction,
        @JsonProperty("done") Boolean done,
        @JsonProperty("weighting") String weighting,
        @JsonProperty("weight") double weight,
        @JsonProperty("rank") int rank,
        @JsonProperty("confidence") String confidence,
        @JsonProperty("version") int version,
        @JsonProperty("lastCheckInAt") String lastCheckInAt,
        @JsonProperty("warnings") List<WarningJson> warnings) {

    /** The same key result with the calibration warnings its save answers. */
    KeyResultJson withWarnings(List<WarningJson> calibration) {
        return new KeyResultJson(id, objectiveId, title, ownerKey, measure, start, target, current, unit, direction,
                done, weighting, weight, rank, confidence, version, lastCheckInAt, List.copyOf(calibration));
    }

    static KeyResultJson of(KeyResult k) {
        Measure.Metric metric = k.measure() instanceof Measure.Metric m ? m : null;
        return new KeyResultJson(k.id(), k.objectiveId(), k.title(), k.ownerKey(), k.measure().kind().name(),
                metric == null ? null : metric.start(),
                metric == null ? null : metric.target(),
                metric == null ? null : metric.current(),
                metric == null ? null : metric.unit(),
                metric == null ? null : metric.direction().name(),
                k.measure() instanceof Measure.Milestone milestone ? milestone.done() : null,
                k.measure() instanceof Measure.Issues issues ? issues.weighting().name() : null,
                k.weight(), k.rank(), k.confidence() == null ? null : k.confidence().name(), k.version(),
                k.lastCheckInAt() == null ? null : k.lastCheckInAt().toString(), null);
    }
}
