package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.SettingsDraft;

/**
 * Body of saving Cap's settings, every one of them: {@code storyPointsField} a custom field id, or null for Jira
 * Software's field; {@code defaultCycleLength} days; {@code weekStartsOn} MONDAY … SUNDAY.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsRequestJson(
        @JsonProperty("storyPointsField") String storyPointsField,
        @JsonProperty("defaultCycleLength") Integer defaultCycleLength,
        @JsonProperty("weekStartsOn") String weekStartsOn) {

    SettingsDraft toDraft() {
        return new SettingsDraft(storyPointsField, defaultCycleLength, weekStartsOn);
    }
}
