package io.capokr.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.capokr.host.IssueFields;
import io.capokr.okr.NumberField;
import io.capokr.okr.Settings;
import io.capokr.okr.SettingsDraft;

/**
 * The administration of Cap (issue 10, item 3): Jira administrators only, checked on every call.
 * Choosing another story points field changes what every link's copy should say, so saving it runs the reconcile
 * at once and answers with its result: the administrator sees the progress they will read next.
 */
public class SettingsService {

    private final SiteSettings settings;
    private final IssueFields fields;
    private final Guard guard;
    private final Reconcile reconcile;

    public SettingsService(SiteSettings settings, IssueFields fields, Guard guard, Reconcile reconcile) {
        this.settings = settings;
        this.fields = fields;
        this.guard = guard;
        this.reconcile = reconcile;
    }

    public Administration read() {
        guard.administrator();
        return administration();
    }

    /** Saves every setting or, with a 400 naming each field, none; then refreshes the copies if the field changed. */
    public Saved update(SettingsDraft draft) {
        return update(draft.asEdit());
    }

    /** The settings the edit names, the others kept. */
    public Saved update(SettingsDraft.Edit edit) {
        guard.administrator();
        List<NumberField> numberFields = fields.numberFields();
        Settings before = settings.current();
        SettingsDraft draft = edit.over(before);
        ValidationException.throwIfAny(draft.problems(numberFields));
        Settings after = draft.toSettings();
        settings.save(after);
        Optional<ReconcileRun> refreshed = Objects.equals(before.storyPointsFieldId(), after.storyPointsFieldId())
                ? Optional.empty() : Optional.of(reconcile.run());
        return new Saved(administration(), refreshed);
    }

    private Administration administration() {
        List<NumberField> numberFields = fields.numberFields();
        return new Administration(settings.current(), numberFields, NumberField.storyPointsDefault(numberFields),
                settings.lastReconcile());
    }

    /** The settings as saved, and the reconcile that refreshed the copies when the story points field changed. */
    public record Saved(Administration administration, Optional<ReconcileRun> refresh) {
    }
}
