package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Cycle;
import io.capokr.okr.Objective;
import io.capokr.service.IssueKeyResults;

/**
 * The issue panel's answer: the issue's current key and the key results it serves. {@code projectKey} is null for a
 * company key result; {@code progress} is 0..1; {@code contributes} says whether this issue counts toward the key
 * result's progress (else it is context only); {@code canUnlink} whether the caller may remove the link.
 */
public record IssueKeyResultsJson(
        @JsonProperty("issueKey") String issueKey,
        @JsonProperty("keyResults") List<Row> keyResults) {

    public record Row(@JsonProperty("id") long id, @JsonProperty("title") String title,
                      @JsonProperty("objective") ObjectiveRef objective, @JsonProperty("cycle") CycleRef cycle,
                      @JsonProperty("projectKey") String projectKey, @JsonProperty("progress") double progress,
                      @JsonProperty("health") String health, @JsonProperty("contributes") boolean contributes,
                      @JsonProperty("canUnlink") boolean canUnlink) {
    }

    /** A key result the issue may be linked to, for the panel's picker. */
    public record Candidate(@JsonProperty("id") long id, @JsonProperty("title") String title,
                            @JsonProperty("objective") ObjectiveRef objective, @JsonProperty("cycle") CycleRef cycle,
                            @JsonProperty("projectKey") String projectKey) {
    }

    public record ObjectiveRef(@JsonProperty("id") long id, @JsonProperty("title") String title) {
        static ObjectiveRef of(Objective objective) {
            return new ObjectiveRef(objective.id(), objective.title());
        }
    }

    public record CycleRef(@JsonProperty("id") long id, @JsonProperty("name") String name,
                           @JsonProperty("state") String state) {
        static CycleRef of(Cycle cycle) {
            return new CycleRef(cycle.id(), cycle.name(), cycle.state().name());
        }
    }

    static IssueKeyResultsJson of(IssueKeyResults shown) {
        return new IssueKeyResultsJson(shown.issueKey(), shown.rows().stream().map(row -> new Row(row.keyResult().id(),
                row.keyResult().title(), ObjectiveRef.of(row.objective()), CycleRef.of(row.cycle()), row.projectKey(),
                row.progress(), row.health().name(), row.contributes(), row.canUnlink())).toList());
    }

    static Candidate of(IssueKeyResults.Candidate candidate) {
        return new Candidate(candidate.keyResult().id(), candidate.keyResult().title(),
                ObjectiveRef.of(candidate.objective()), CycleRef.of(candidate.cycle()), candidate.projectKey());
    }
}
