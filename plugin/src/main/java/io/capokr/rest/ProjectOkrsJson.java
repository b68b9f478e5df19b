package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ProjectOkrs;

/**
 * The project read model as REST clients see it. Progress and expected progress are in [0, 1]. {@code warnings}
 * (per objective and per key result): the calibration warnings, in the caller's language.
 */
public record ProjectOkrsJson(
        @JsonProperty("project") Project project,
        @JsonProperty("cycle") CycleJson cycle,
        @JsonProperty("expectedProgress") double expectedProgress,
        @JsonProperty("canCreateObjectives") boolean canCreateObjectives,
        @JsonProperty("objectives") List<ObjectiveRow> objectives,
        @JsonProperty("alignedTo") List<ObjectiveJson> alignedTo) {

    public record Project(@JsonProperty("id") long id, @JsonProperty("key") String key, @JsonProperty("name") String name) {
    }

    public record ObjectiveRow(
            @JsonProperty("objective") ObjectiveJson objective,
            @JsonProperty("progress") double progress,
            @JsonProperty("health") String health,
            @JsonProperty("canEdit") boolean canEdit,
            @JsonProperty("keyResults") List<KeyResultRow> keyResults,
            @JsonProperty("warnings") List<WarningJson> warnings) {
    }

    public record KeyResultRow(
            @JsonProperty("keyResult") KeyResultJson keyResult,
            @JsonProperty("progress") double progress,
            @JsonProperty("health") String health,
            @JsonProperty("confidence") String confidence,
            @JsonProperty("noInitiatives") boolean noInitiatives,
            @JsonProperty("initiatives") Counts initiatives,
            @JsonProperty("canWork") boolean canWork,
            @JsonProperty("warnings") List<WarningJson> warnings) {
    }

    public record Counts(@JsonProperty("done") int done, @JsonProperty("inProgress") int inProgress,
                         @JsonProperty("toDo") int toDo) {
    }

    static ProjectOkrsJson of(ProjectOkrs okrs, CalibrationTexts texts) {
        List<ObjectiveRow> objectives = okrs.objectives().stream().map(o -> new ObjectiveRow(
                ObjectiveJson.of(o.objective()), o.progress(), o.health().name(), o.canEdit(),
                o.keyResults().stream().map(k -> new KeyResultRow(KeyResultJson.of(k.keyResult()), k.progress(),
                        k.health().name(), k.confidence() == null ? null : k.confidence().name(), k.noInitiatives(),
                        new Counts(k.done(), k.inProgress(), k.toDo()), k.canWork(), texts.of(k.warnings())))
                        .toList(), texts.of(o.warnings()))).toList();
        return new ProjectOkrsJson(new Project(okrs.project().id(), okrs.project().key(), okrs.project().name()),
                CycleJson.of(okrs.cycle(), okrs.cycleOverlaps()), okrs.expectedProgress(), okrs.canCreateObjectives(), objectives,
                okrs.alignedTo().stream().map(ObjectiveJson::of).toList());
    }
}
