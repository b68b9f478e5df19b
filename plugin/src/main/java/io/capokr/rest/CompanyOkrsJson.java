package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.CycleRules;
import io.capokr.okr.ProjectRef;
import io.capokr.service.CompanyOkrs;

/**
 * The company read model as REST clients see it. Progress and expected progress are in [0, 1]. {@code cycle} is null
 * only when no cycle exists yet.
 */
public record CompanyOkrsJson(
        @JsonProperty("cycle") CycleJson cycle,
        @JsonProperty("expectedProgress") double expectedProgress,
        @JsonProperty("canEdit") boolean canEdit,
        @JsonProperty("objectives") List<CompanyObjective> objectives,
        @JsonProperty("projects") List<ProjectRow> projects) {

    public record Project(@JsonProperty("id") long id, @JsonProperty("key") String key, @JsonProperty("name") String name) {

        static Project of(ProjectRef project) {
            return new Project(project.id(), project.key(), project.name());
        }
    }

    public record CompanyObjective(
            @JsonProperty("objective") ObjectiveJson objective,
            @JsonProperty("progress") double progress,
            @JsonProperty("health") String health,
            @JsonProperty("keyResults") int keyResults,
            @JsonProperty("aligned") List<AlignedGroup> aligned) {
    }

    public record AlignedGroup(@JsonProperty("project") Project project,
                               @JsonProperty("objectives") List<AlignedObjective> objectives) {
    }

    public record AlignedObjective(@JsonProperty("objective") ObjectiveJson objective,
                                   @JsonProperty("progress") double progress,
                                   @JsonProperty("health") String health) {
    }

    public record ProjectRow(@JsonProperty("project") Project project,
                             @JsonProperty("objectives") int objectives,
                             @JsonProperty("averageProgress") double averageProgress,
                             @JsonProperty("health") String health) {
    }

    static CompanyOkrsJson of(CompanyOkrs okrs) {
        List<CompanyObjective> objectives = okrs.objectives().stream().map(row -> new CompanyObjective(
                ObjectiveJson.of(row.objective()), row.progress(), row.health().name(), row.keyResults(),
                row.aligned().stream().map(group -> new AlignedGroup(Project.of(group.project()),
                        group.objectives().stream().map(o -> new AlignedObjective(ObjectiveJson.of(o.objective()),
                                o.progress(), o.health().name())).toList())).toList())).toList();
        List<ProjectRow> projects = okrs.projects().stream().map(p -> new ProjectRow(Project.of(p.project()),
                p.objectives(), p.averageProgress(), p.health().name())).toList();
        return new CompanyOkrsJson(okrs.hasCycle() ? CycleJson.of(okrs.cycle(), CycleRules.overlapping(okrs.cycle(), okrs.cycles())) : null, okrs.expectedProgress(),
                okrs.canEdit(), objectives, projects);
    }
}
