package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.Test;

public class SettingsDraftTest {

    private static final List<NumberField> FIELDS = List.of(new NumberField("customfield_10002", "Story Points"));

    @Test
    public void aValidDraftMakesTheSettingsWithTheDayInAnyCase() {
        SettingsDraft draft = new SettingsDraft(" customfield_10002 ", 7, "friday");

        assertEquals(List.of(), draft.problems(FIELDS));
        assertEquals(new Settings("customfield_10002", 7, DayOfWeek.FRIDAY), draft.toSettings());
    }

    @Test
    public void aBlankFieldMeansTheDefault() {
        assertEquals(null, new SettingsDraft("  ", 366, "SUNDAY").toSettings().storyPointsFieldId());
    }

    @Test
    public void eachProblemNamesItsField() {
        assertEquals(List.of(
                        FieldProblem.of(Settings.STORY_POINTS_FIELD, "capokr.admin.error.storyPointsField", "customfield_1"),
                        FieldProblem.of(Settings.DEFAULT_CYCLE_LENGTH, "capokr.admin.error.cycleLength", 7, 366),
                        FieldProblem.of(Settings.WEEK_STARTS_ON, "capokr.admin.error.weekStartsOn", "Mon")),
                new SettingsDraft("customfield_1", 6, "Mon").problems(FIELDS));
        assertEquals(List.of(FieldProblem.of(Settings.DEFAULT_CYCLE_LENGTH, "capokr.admin.error.cycleLength", 7, 366)),
                new SettingsDraft(null, 367, "MONDAY").problems(FIELDS));
        assertEquals(List.of(FieldProblem.of(Settings.DEFAULT_CYCLE_LENGTH, "capokr.error.required"),
                        FieldProblem.of(Settings.WEEK_STARTS_ON, "capokr.error.required")),
                new SettingsDraft(null, null, " ").problems(FIELDS));
    }

    @Test
    public void theDefaultStoryPointsFieldIsJiraSoftwaresByNameInOrder() {
        NumberField estimate = new NumberField("customfield_3", "Story point estimate");
        NumberField points = new NumberField("customfield_4", "story points");

        assertEquals(points, NumberField.storyPointsDefault(List.of(estimate, new NumberField("c5", "Value"), points)).orElseThrow());
        assertEquals(estimate, NumberField.storyPointsDefault(List.of(estimate)).orElseThrow());
        assertEquals(false, NumberField.storyPointsDefault(List.of(new NumberField("c5", "Value"))).isPresent());
    }
}
