package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.CompanySynthesis;

/**
 * {@code GET /company/synthesis?cycleId=}: the company objectives' grades, bands and misses; per project the reader
 * may browse, its number of objectives, their average grade and band, how many missed, and its end-of-cycle learnings.
 */
public record CompanySynthesisJson(
        @JsonProperty("cycle") RitualJson.CycleRef cycle,
        @JsonProperty("companyObjectives") List<ObjectiveRow> companyObjectives,
        @JsonProperty("projects") List<ProjectRow> projects) {

    public record ObjectiveRow(@JsonProperty("id") long id, @JsonProperty("title") String title,
                               @JsonProperty("type") String type, @JsonProperty("grade") double grade,
                               @JsonProperty("band") String band, @JsonProperty("miss") boolean miss) {
    }

    public record ProjectRow(@JsonProperty("project") RitualJson.Project project,
                             @JsonProperty("objectives") int objectives,
                             @JsonProperty("averageGrade") double averageGrade, @JsonProperty("band") String band,
                             @JsonProperty("misses") int misses, @JsonProperty("learnings") String learnings) {
    }

    static CompanySynthesisJson of(CompanySynthesis s) {
        return new CompanySynthesisJson(RitualJson.CycleRef.of(s.cycle()),
                s.companyObjectives().stream().map(o -> new ObjectiveRow(o.objective().id(), o.objective().title(),
                        o.objective().type().name(), o.grade().value(), o.grade().band().name(), o.miss())).toList(),
                s.projects().stream().map(p -> new ProjectRow(RitualJson.Project.of(p.project()), p.objectives(),
                        p.averageGrade().value(), p.averageGrade().band().name(), p.misses(), p.learnings())).toList());
    }
}
