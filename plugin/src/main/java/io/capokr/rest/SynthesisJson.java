package io.capokr.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Grade;
import io.capokr.okr.Measure;
import io.capokr.okr.UserRef;
import io.capokr.service.GradeBook;
import io.capokr.service.ProjectSynthesis;

/**
 * {@code GET /projects/{key}/synthesis?cycleId=}: per objective its grade (two decimals), band GREEN/YELLOW/RED and
 * {@code miss} (committed and under 1.0); per key result its progress, the grade progress suggests, the grade given
 * ({@code grade} null until graded) with its reason, and what the page needs to grade or adjust it (version, measure,
 * target). Then the end-of-cycle review and the mid-cycle review with its adjustments, each null until saved.
 */
public record SynthesisJson(
        @JsonProperty("project") RitualJson.Project project,
        @JsonProperty("cycle") RitualJson.CycleRef cycle,
        @JsonProperty("canGrade") boolean canGrade,
        @JsonProperty("objectives") List<ObjectiveRow> objectives,
        @JsonProperty("endOfCycle") RitualJson.SavedReview endOfCycle,
        @JsonProperty("midCycle") RitualJson.SavedReview midCycle) {

    public record ObjectiveRow(@JsonProperty("id") long id, @JsonProperty("title") String title,
                               @JsonProperty("type") String type, @JsonProperty("ownerKey") String ownerKey,
                               @JsonProperty("grade") double grade, @JsonProperty("band") String band,
                               @JsonProperty("miss") boolean miss,
                               @JsonProperty("keyResults") List<KeyResultRow> keyResults) {
    }

    public record KeyResultRow(@JsonProperty("id") long id, @JsonProperty("title") String title,
                               @JsonProperty("ownerKey") String ownerKey, @JsonProperty("ownerName") String ownerName,
                               @JsonProperty("measure") String measure, @JsonProperty("target") Double target,
                               @JsonProperty("unit") String unit, @JsonProperty("weight") double weight,
                               @JsonProperty("version") int version, @JsonProperty("progress") double progress,
                               @JsonProperty("suggestedGrade") double suggestedGrade, @JsonProperty("grade") Double grade,
                               @JsonProperty("band") String band, @JsonProperty("reason") String reason) {

        static KeyResultRow of(GradeBook.KeyResultGrade k, Map<String, UserRef> people) {
            Measure.Metric metric = k.keyResult().measure() instanceof Measure.Metric m ? m : null;
            Grade effective = k.effective();
            return new KeyResultRow(k.keyResult().id(), k.keyResult().title(), k.keyResult().ownerKey(),
                    RitualJson.name(k.keyResult().ownerKey(), people), k.keyResult().measure().kind().name(),
                    metric == null ? null : metric.target(), metric == null ? null : metric.unit(),
                    k.keyResult().weight(), k.keyResult().version(), k.progress(), k.suggested().value(), k.grade(),
                    effective.band().name(), k.reason());
        }
    }

    static SynthesisJson of(ProjectSynthesis s, Map<String, UserRef> people) {
        return new SynthesisJson(RitualJson.Project.of(s.project()), RitualJson.CycleRef.of(s.cycle()), s.canGrade(),
                s.objectives().stream().map(o -> new ObjectiveRow(o.objective().id(), o.objective().title(),
                        o.objective().type().name(), o.objective().ownerKey(), o.grade().value(), o.grade().band().name(),
                        o.miss(), o.keyResults().stream().map(k -> KeyResultRow.of(k, people)).toList())).toList(),
                s.endOfCycle().map(r -> RitualJson.SavedReview.of(r, List.of(), people)).orElse(null),
                s.midCycle().map(r -> RitualJson.SavedReview.of(r, s.adjustments(), people)).orElse(null));
    }
}
