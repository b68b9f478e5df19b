package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.NumberField;
import io.capokr.service.Administration;
import io.capokr.service.ReconcileRun;
import io.capokr.service.SettingsService;

/**
 * Cap's administration as the page reads it: the settings, the numeric fields to choose from, the field story
 * points are read from now ({@code storyPointsFieldInUse}, null when none), the last reconcile (null before the
 * first), and after a save that changed the field, the reconcile that refreshed the copies ({@code refresh}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SettingsJson(
        @JsonProperty("storyPointsField") String storyPointsField,
        @JsonProperty("storyPointsFieldInUse") FieldJson storyPointsFieldInUse,
        @JsonProperty("defaultStoryPointsField") FieldJson defaultStoryPointsField,
        @JsonProperty("numberFields") List<FieldJson> numberFields,
        @JsonProperty("defaultCycleLength") int defaultCycleLength,
        @JsonProperty("weekStartsOn") String weekStartsOn,
        @JsonProperty("lastReconcile") ReconcileRunJson lastReconcile,
        @JsonProperty("refresh") ReconcileRunJson refresh) {

    public record FieldJson(@JsonProperty("id") String id, @JsonProperty("name") String name) {

        static FieldJson of(NumberField field) {
            return new FieldJson(field.id(), field.name());
        }
    }

    static SettingsJson of(Administration administration) {
        return of(administration, null);
    }

    static SettingsJson of(SettingsService.Saved saved) {
        return of(saved.administration(), saved.refresh().orElse(null));
    }

    private static SettingsJson of(Administration administration, ReconcileRun refresh) {
        return new SettingsJson(
                administration.settings().storyPointsFieldId(),
                administration.storyPointsField().map(FieldJson::of).orElse(null),
                administration.defaultStoryPointsField().map(FieldJson::of).orElse(null),
                administration.numberFields().stream().map(FieldJson::of).toList(),
                administration.settings().defaultCycleLength(),
                administration.settings().weekStartsOn().name(),
                administration.lastReconcile().map(ReconcileRunJson::of).orElse(null),
                refresh == null ? null : ReconcileRunJson.of(refresh));
    }
}
