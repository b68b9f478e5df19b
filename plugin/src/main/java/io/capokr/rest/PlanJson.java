package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.ProjectPlan;

/**
 * A project's plan for a cycle. {@code version} is 0 while nobody has written it (send it back to save the first
 * time); {@code owner}, {@code updatedBy} and {@code updatedAt} (ISO-8601 instant) are null when there is none.
 * {@code canEdit}: whether the caller may save it now (a project administrator, the cycle not closed).
 */
public record PlanJson(
        @JsonProperty("cycleId") long cycleId,
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("version") int version,
        @JsonProperty("priorities") List<Priority> priorities,
        @JsonProperty("updatedBy") PersonJson updatedBy,
        @JsonProperty("updatedAt") String updatedAt,
        @JsonProperty("canEdit") boolean canEdit) {

    public record Priority(@JsonProperty("title") String title, @JsonProperty("owner") PersonJson owner) {
    }

    static PlanJson of(ProjectPlan shown) {
        return new PlanJson(shown.cycle().id(), shown.project().key(), shown.plan().version(),
                shown.plan().priorities().stream()
                        .map(p -> new Priority(p.title(), PersonJson.of(shown.person(p.ownerKey())))).toList(),
                PersonJson.of(shown.person(shown.plan().updatedBy())),
                shown.plan().updatedAt() == null ? null : shown.plan().updatedAt().toString(),
                shown.canEdit());
    }
}
