package io.capokr.okr;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings as an administrator sent them, before they are checked.
 *
 * @param storyPointsField   a field id, or null/blank for the default
 * @param defaultCycleLength days; required
 * @param weekStartsOn       MONDAY … SUNDAY, any case; required
 */
public record SettingsDraft(String storyPointsField, Integer defaultCycleLength, String weekStartsOn) {

    /** Every problem, one per field, given the numeric fields the site has now. */
    public List<FieldProblem> problems(List<NumberField> numberFields) {
        List<FieldProblem> problems = new ArrayList<>();
        String fieldId = fieldId();
        if (fieldId != null && numberFields.stream().noneMatch(field -> field.id().equals(fieldId))) {
            problems.add(FieldProblem.of(Settings.STORY_POINTS_FIELD, "capokr.admin.error.storyPointsField", fieldId));
        }
        if (defaultCycleLength == null) {
            problems.add(FieldProblem.of(Settings.DEFAULT_CYCLE_LENGTH, "capokr.error.required"));
        } else if (defaultCycleLength < Settings.MIN_CYCLE_LENGTH || defaultCycleLength > CycleRules.MAX_LENGTH_DAYS) {
            problems.add(FieldProblem.of(Settings.DEFAULT_CYCLE_LENGTH, "capokr.admin.error.cycleLength",
                    Settings.MIN_CYCLE_LENGTH, CycleRules.MAX_LENGTH_DAYS));
        }
        if (weekStartsOn == null || weekStartsOn.isBlank()) {
            problems.add(FieldProblem.of(Settings.WEEK_STARTS_ON, "capokr.error.required"));
        } else if (day() == null) {
            problems.add(FieldProblem.of(Settings.WEEK_STARTS_ON, "capokr.admin.error.weekStartsOn", weekStartsOn.trim()));
        }
        return problems;
    }

    /**
     * What a {@code PUT} says of the settings ({@link Change}): one left out keeps its value; a null story points
     * field is Jira Software's own, the length and the first day of the week cannot be cleared.
     */
    public record Edit(Change<String> storyPointsField, Change<Integer> defaultCycleLength, Change<String> weekStartsOn) {

        public Edit {
            storyPointsField = Change.orKeep(storyPointsField);
            defaultCycleLength = Change.orKeep(defaultCycleLength);
            weekStartsOn = Change.orKeep(weekStartsOn);
        }

        public SettingsDraft over(Settings current) {
            return new SettingsDraft(storyPointsField.over(current.storyPointsFieldId()),
                    defaultCycleLength.over(current.defaultCycleLength()), weekStartsOn.over(current.weekStartsOn().name()));
        }
    }

    /** This draft as an edit that gives every field: a whole replacement, nulls included. */
    public Edit asEdit() {
        return new Edit(Change.to(storyPointsField), Change.to(defaultCycleLength), Change.to(weekStartsOn));
    }

    /** The settings this draft describes. Call only when {@link #problems} is empty. */
    public Settings toSettings() {
        return new Settings(fieldId(), defaultCycleLength, day());
    }

    private String fieldId() {
        return storyPointsField == null || storyPointsField.isBlank() ? null : storyPointsField.trim();
    }

    private DayOfWeek day() {
        try {
            return DayOfWeek.valueOf(weekStartsOn.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
