package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.NumberField;
import io.capokr.okr.PageRequest;
import io.capokr.okr.Settings;
import io.capokr.okr.SettingsDraft;
import io.capokr.okr.StatusCategory;
import org.junit.Test;

/**
 * Cap's administration on real databases: Jira administrators only; every setting saved or none; a new story points
 * field refreshes the copies at once; the settings reach the cycle length and the weekly meeting's week.
 */
public class SettingsServiceTest extends OkrFixture {

    public SettingsServiceTest(TestDatabase database) {
        super(database);
        host.numberField("customfield_10002", "Story Points").numberField("customfield_10003", "Business Value");
    }

    @Test
    public void aFreshSiteReadsTheDefaultsAndJiraSoftwaresField() {
        host.loggedInAs("admin");

        Administration administration = okr().settings.read();

        assertEquals(Settings.DEFAULTS, administration.settings());
        assertEquals(Optional.of(new NumberField("customfield_10002", "Story Points")), administration.storyPointsField());
        assertEquals(Optional.empty(), administration.lastReconcile());
    }

    @Test
    public void onlyJiraAdministratorsReadOrChangeTheSettings() {
        host.loggedInAs("lead");
        assertThrows(PermissionDeniedException.class, () -> okr().settings.read());
        assertThrows(PermissionDeniedException.class,
                () -> okr().settings.update(new SettingsDraft(null, 30, "FRIDAY")));
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().settings.read());
        host.loggedInAs("admin");
        assertEquals("nothing was saved by the refused calls", Settings.DEFAULTS, okr().settings.read().settings());
    }

    @Test
    public void aRefusedSaveNamesEachFieldAndSavesNothing() {
        host.loggedInAs("admin");
        okr().settings.update(new SettingsDraft("customfield_10002", 60, "TUESDAY"));

        ValidationException refusal = assertThrows(ValidationException.class,
                () -> okr().settings.update(new SettingsDraft("customfield_99999", 400, "Caturday")));

        assertEquals(List.of("defaultCycleLength", "storyPointsField", "weekStartsOn"),
                fieldErrors(refusal).keySet().stream().sorted().toList());
        assertEquals(new Settings("customfield_10002", 60, DayOfWeek.TUESDAY), okr().settings.read().settings());
    }

    @Test
    public void anotherStoryPointsFieldRefreshesTheCopiesAtOnce() {
        host.at(Instant.parse("2027-02-01T09:00:00Z"));
        KeyResult ship = issuesKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-2"), true);
        host.loggedInAs("admin");
        // What Jira answers once story points are read from another field: MKT-1 is worth 13 there.
        host.issue(new IssueFacts(1, "MKT-1", "Summary of MKT-1", StatusCategory.TO_DO, 13.0, 10000));

        SettingsService.Saved unchanged = okr().settings.update(new SettingsDraft(null, 90, "MONDAY"));
        assertFalse("the same field: no reconcile", unchanged.refresh().isPresent());
        SettingsService.Saved saved = okr().settings.update(new SettingsDraft("customfield_10003", 90, "MONDAY"));

        ReconcileRun refresh = saved.refresh().orElseThrow();
        assertEquals(List.of(2, 1), List.of(refresh.checked(), refresh.corrected()));
        assertEquals("kept as the last run", Optional.of(refresh), okr().settings.read().lastReconcile());
        assertEquals("the link's copy holds the new field's value", 13.0, okr().initiatives.list(ship.id(), new PageRequest(0, 10))
                .rows().stream().filter(row -> row.link().issueId() == 1).findFirst().orElseThrow().link().storyPoints(), 1e-9);
    }

    @Test
    public void aCycleWithoutAnEndDateLastsTheSitesDefaultLength() {
        host.loggedInAs("admin");
        okr().settings.update(new SettingsDraft(null, 28, "MONDAY"));

        Cycle sprintLike = okr().cycles.create(new CycleDraft("Four weeks", "2027-05-03", null)).cycle();

        assertEquals("2027-05-30", sprintLike.endDate().toString());
        assertEquals(28, okr().projectCycles.forProject("MKT").defaultCycleLength());
    }

    @Test
    public void theWeeklyMeetingsWeekBeginsOnTheChosenDay() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-02-16T09:00:00Z"));
        objective(cycle, "MKT", "Grow", "lead");
        host.loggedInAs("admin");
        okr().settings.update(new SettingsDraft(null, 90, "THURSDAY"));
        host.loggedInAs("member");

        Weekly week = okr().weekly.forProject("MKT", cycle.id(), null);

        // Tuesday 16 February belongs to the week that began on Thursday 11 February, named by ISO week 6.
        assertEquals(List.of("2027-W06", "2027-02-11", "2027-02-17"), List.of(week.week().toString(),
                week.week().start().toString(), week.week().end().toString()));
        assertTrue(week.current());
        assertEquals("2027-02-18", week.next().start().toString());
    }

    @Test
    public void aValueThatCannotBeReadFallsBackToItsDefault() {
        host.put("io.capokr.defaultCycleLength", "ninety");
        host.put("io.capokr.weekStartsOn", "someday");
        host.put("io.capokr.lastReconcile", "garbled");
        host.loggedInAs("admin");

        Administration administration = okr().settings.read();

        assertEquals(Settings.DEFAULTS, administration.settings());
        assertEquals(Optional.empty(), administration.lastReconcile());
    }
}
