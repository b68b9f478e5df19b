package io.capokr.service;

import java.util.List;
import java.util.Optional;

import io.capokr.okr.NumberField;
import io.capokr.okr.Settings;

/**
 * What the administration page shows: the settings, the numeric fields story points may come from, the field the
 * default resolves to on this site (none when the site has no Jira Software field), and the last reconcile.
 */
public record Administration(Settings settings, List<NumberField> numberFields, Optional<NumberField> defaultStoryPointsField,
                             Optional<ReconcileRun> lastReconcile) {

    /** The field story points are read from now: the chosen one, else the default; empty when there is none. */
    public Optional<NumberField> storyPointsField() {
        if (settings.storyPointsFieldId() == null) {
            return defaultStoryPointsField;
        }
        return numberFields.stream().filter(field -> field.id().equals(settings.storyPointsFieldId())).findFirst();
    }
}
