package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.service.ObjectiveCommand;
import io.capokr.service.ObjectiveEdit;

/**
 * Body of creating ({@code POST /objectives}) or changing ({@code PUT /objectives/{id}}) an objective.
 * No {@code projectKey} on create makes a company objective. {@code version} is required on change, which changes
 * only the fields it carries ({@link Change}); {@code cycleId} and {@code projectKey} are not changed by it.
 */
public record ObjectiveRequestJson(
        @JsonProperty("cycleId") @JsonDeserialize(using = WholeNumbers.Id.class) Long cycleId,
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("parentId") @JsonDeserialize(using = ChangeJson.Id.class) Change<Long> parentId,
        @JsonProperty("ownerKey") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> ownerKey,
        @JsonProperty("title") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> title,
        @JsonProperty("description") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> description,
        @JsonProperty("type") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> type,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version) {

    ObjectiveCommand toCommand() {
        return new ObjectiveCommand(cycleId, projectKey, parentId.orNull(), ownerKey.orNull(),
                new ObjectiveDraft(title.orNull(), description.orNull(), type.orNull()), version);
    }

    ObjectiveEdit toEdit() {
        return new ObjectiveEdit(parentId, ownerKey, new ObjectiveDraft.Edit(title, description, type), version);
    }
}
