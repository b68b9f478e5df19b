package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.service.ObjectiveCommand;

/**
 * Body of creating ({@code POST /objectives}) or changing ({@code PUT /objectives/{id}}) an objective.
 * No {@code projectKey} on create makes a company objective. {@code version} is required on change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectiveRequestJson(
        @JsonProperty("cycleId") Long cycleId,
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("parentId") Long parentId,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("type") String type,
        @JsonProperty("version") Integer version) {

    ObjectiveCommand toCommand() {
        return new ObjectiveCommand(cycleId, projectKey, parentId, ownerKey, new ObjectiveDraft(title, description, type),
                version);
    }
}
