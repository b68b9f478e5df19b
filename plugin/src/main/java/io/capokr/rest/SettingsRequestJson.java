package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.SettingsDraft;

/**
 * Body of saving Cap's settings; one left out keeps its value ({@link Change}): {@code storyPointsField} a custom field id, or null for Jira
 * Software's field; {@code defaultCycleLength} days; {@code weekStartsOn} MONDAY … SUNDAY.
 */
public record SettingsRequestJson(
        @JsonProperty("storyPointsField") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> storyPointsField,
        @JsonProperty("defaultCycleLength") @JsonDeserialize(using = ChangeJson.Whole.class) Change<Integer> defaultCycleLength,
        @JsonProperty("weekStartsOn") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> weekStartsOn) {

    SettingsDraft.Edit toEdit() {
        return new SettingsDraft.Edit(storyPointsField, defaultCycleLength, weekStartsOn);
    }
}
