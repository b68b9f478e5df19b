package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.MeetingItemDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.WeeklyRules;
import org.junit.Test;

/**
 * The weekly meeting's read model on real databases. The fixture's quarter runs from 1 January to 31 March 2027;
 * week 2027-W07 is Monday 15 to Sunday 21 February.
 */
public class WeeklyServiceTest extends OkrFixture {

    public WeeklyServiceTest(TestDatabase database) {
        super(database);
    }

    private void at(String instant) {
        host.at(Instant.parse(instant));
    }

    @Test
    public void theWeekShowsDeltasCheckInsBlockersLinksAndWhoNeedsAttention() {
        Cycle cycle = quarter();
        at("2027-02-01T09:00:00Z");
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        KeyResult quiet = metricKeyResult(grow, "Press mentions", 0, 10, "lead");
        at("2027-02-10T09:00:00Z");
        host.loggedInAs("member");
        okr().checkIns.record(signups.id(), new CheckInDraft(20.0, "ON_TRACK", "Good start"));
        at("2027-02-16T09:00:00Z");
        okr().checkIns.record(signups.id(), new CheckInDraft(50.0, "AT_RISK", "Waiting on legal for the new form", true));
        at("2027-02-17T09:00:00Z");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-4", "MKT-5"), true);
        at("2027-02-18T09:00:00Z");
        host.loggedInAs("member");

        Weekly week = okr().weekly.forProject("MKT", null, null);

        assertEquals("2027-W07", week.week().toString());
        assertEquals("2027-W06", week.previous().toString());
        assertEquals("2027-W08", week.next().toString());
        assertTrue(week.current());
        assertTrue(week.canRecord());
        Weekly.KeyResultRow signupRow = row(week, signups);
        assertEquals(0.2, signupRow.delta().before(), 1e-9);
        assertEquals(0.5, signupRow.delta().after(), 1e-9);
        assertEquals(WeeklyRules.Trend.UP, signupRow.delta().trend());
        assertEquals(Health.ON_TRACK, signupRow.health());
        assertTrue(signupRow.openBlocker());
        assertFalse(signupRow.noRecentCheckIn());
        Weekly.KeyResultRow shipRow = row(week, ship);
        assertEquals(0.0, shipRow.delta().before(), 0);
        assertEquals(1.0 / 3, shipRow.delta().after(), 1e-9);
        assertEquals(Health.AT_RISK, shipRow.health());
        Weekly.KeyResultRow quietRow = row(week, quiet);
        assertEquals(Health.OFF_TRACK, quietRow.health());
        assertTrue(quietRow.noRecentCheckIn());
        assertNull(quietRow.daysSinceCheckIn());

        assertEquals(List.of("Waiting on legal for the new form"), week.checkIns().stream().map(c -> c.checkIn().note()).toList());
        assertEquals(1, week.blockers().size());
        assertTrue(week.blockers().get(0).open());
        assertEquals("member", week.blockers().get(0).author().key());
        // MKT-5 is restricted to admin and lead: the member sees it counted, never named
        assertEquals(List.of("MKT-1", "MKT-4"), week.linksAdded().stream().map(l -> l.issue().key()).toList());
        assertEquals(1, week.restrictedLinksAdded());
        host.loggedInAs("lead");
        assertEquals(3, okr().weekly.forProject("MKT", null, null).linksAdded().size());
    }

    /**
     * Issues seen moving into Done are listed in the week it happened; one done before it was linked never is, one
     * reopened leaves the list, and one the reader may not see is counted.
     */
    @Test
    public void issuesMovedToDoneAreListedInTheirWeekAndRestrictedOnesCounted() {
        Cycle cycle = quarter();
        at("2027-02-01T09:00:00Z");
        KeyResult ship = issuesKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-3", "MKT-4", "MKT-5"), true);
        at("2027-02-09T09:00:00Z");
        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE));
        at("2027-02-16T09:00:00Z");
        okr().issueSync.issueChanged(host.moveIssue(3, StatusCategory.DONE));
        okr().issueSync.issueChanged(host.moveIssue(5, StatusCategory.DONE));
        at("2027-02-18T09:00:00Z");
        host.loggedInAs("member");

        Weekly week = okr().weekly.forProject("MKT", cycle.id(), null);
        assertEquals(List.of("MKT-3"), week.issuesDone().stream().map(done -> done.issue().key()).toList());
        assertEquals("MKT-5 is restricted: counted, never named", 1, week.restrictedIssuesDone());
        Weekly earlier = okr().weekly.forProject("MKT", cycle.id(), "2027-W06");
        assertEquals(List.of("MKT-1"), earlier.issuesDone().stream().map(done -> done.issue().key()).toList());

        at("2027-02-18T10:00:00Z");
        okr().issueSync.issueChanged(host.moveIssue(3, StatusCategory.IN_PROGRESS));
        assertEquals(List.of(), okr().weekly.forProject("MKT", cycle.id(), null).issuesDone());
    }

    /**
     * A week in which an import linked more issues than a meeting reads lists the newest 50, oldest of them first, and
     * counts the rest, in a number of statements that does not grow with them.
     */
    @Test
    public void aWeekOfManyLinksListsTheNewestFiftyAndCountsTheRest() {
        Cycle cycle = quarter();
        at("2027-02-01T09:00:00Z");
        KeyResult ship = issuesKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        for (int n = 0; n < 70; n++) {
            long id = 50_000 + n;
            host.issue(id, "MKT-" + (1000 + n), StatusCategory.TO_DO, null);
            host.at(Instant.parse("2027-02-16T09:00:00Z").plusSeconds(60L * n));
            okr().initiatives.link(ship.id(), List.of("MKT-" + (1000 + n)), true);
        }
        at("2027-02-18T09:00:00Z");

        host.loggedInAs("member");
        Weekly week = okr().weekly.forProject("MKT", cycle.id(), null);

        assertTrue("a handful of statements, two more than a quiet week's at most", statementsForWeek(cycle, null) <= 11);
        assertEquals(50, week.linksAdded().size());
        assertEquals("the newest, oldest of them first", "MKT-1020", week.linksAdded().get(0).issue().key());
        assertEquals("MKT-1069", week.linksAdded().get(49).issue().key());
        assertEquals(20, week.moreLinksAdded());
        assertEquals(0, week.restrictedLinksAdded());
        assertEquals(0, okr().weekly.forProject("MKT", cycle.id(), "2027-W06").moreLinksAdded());
    }

    @Test
    public void aLaterCheckInWithoutTheFlagClearsTheBlockerButAPastWeekStillShowsItAsItWas() {
        Cycle cycle = quarter();
        at("2027-02-01T09:00:00Z");
        KeyResult signups = metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead");
        host.loggedInAs("member");
        at("2027-02-16T09:00:00Z");
        okr().checkIns.record(signups.id(), new CheckInDraft(10.0, "OFF_TRACK", "Blocked by legal", true));
        at("2027-02-23T09:00:00Z");
        okr().checkIns.record(signups.id(), new CheckInDraft(30.0, "ON_TRACK", "Legal said yes"));
        at("2027-02-24T09:00:00Z");

        Weekly thisWeek = okr().weekly.forProject("MKT", cycle.id(), null);
        assertEquals("2027-W08", thisWeek.week().toString());
        assertEquals(List.of(), thisWeek.blockers());
        assertFalse(thisWeek.keyResults().get(0).openBlocker());
        assertEquals(0.1, thisWeek.keyResults().get(0).delta().before(), 1e-9);

        Weekly lastWeek = okr().weekly.forProject("MKT", cycle.id(), "2027-W07");
        assertFalse(lastWeek.current());
        assertEquals("2027-02-21", lastWeek.asOf().toString());
        assertEquals(1, lastWeek.blockers().size());
        assertTrue("as of that Sunday it was still open", lastWeek.blockers().get(0).open());
        assertEquals(0.1, lastWeek.keyResults().get(0).delta().after(), 1e-9);
        assertEquals(0.0, lastWeek.keyResults().get(0).delta().before(), 1e-9);
    }

    @Test
    public void sevenDaysWithoutACheckInPutsAKeyResultOnTheList() {
        Cycle cycle = quarter();
        at("2027-02-01T09:00:00Z");
        KeyResult signups = metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead");
        host.loggedInAs("member");
        at("2027-02-08T09:00:00Z");
        okr().checkIns.record(signups.id(), new CheckInDraft(10.0, "ON_TRACK", ""));

        at("2027-02-15T08:59:00Z");
        assertFalse(okr().weekly.forProject("MKT", null, null).keyResults().get(0).noRecentCheckIn());
        at("2027-02-15T09:00:00Z");
        Weekly.KeyResultRow row = okr().weekly.forProject("MKT", null, null).keyResults().get(0);
        assertTrue(row.noRecentCheckIn());
        assertEquals(Long.valueOf(7), row.daysSinceCheckIn());
    }

    @Test
    public void withoutAWeekTheMeetingOpensOnTheCyclesOwnWeeks() {
        Cycle cycle = quarter();
        host.loggedInAs("member");
        at("2026-12-01T09:00:00Z");
        assertEquals("2026-W53", okr().weekly.forProject("MKT", cycle.id(), null).week().toString());
        Weekly first = okr().weekly.forProject("MKT", cycle.id(), "2026-W53");
        assertNull("the week before touches no day of the cycle", first.previous());
        at("2027-06-01T09:00:00Z");
        assertEquals("2027-W13", okr().weekly.forProject("MKT", cycle.id(), null).week().toString());
    }

    @Test
    public void aBadWeekOrCycleIsA400NamingItAndReadersMustBrowseTheProject() {
        quarter();
        host.loggedInAs("member");

        ValidationException badWeek = assertThrows(ValidationException.class, () -> okr().weekly.forProject("MKT", null, "2027-07"));
        assertEquals(Map.of("week", "\u201c2027-07\u201d is not an ISO week. Use the form 2027-W05."), fieldErrors(badWeek));
        assertEquals(Map.of("week", "\u201c2027-W53\u201d is not an ISO week. Use the form 2027-W05."),
                fieldErrors(assertThrows(ValidationException.class, () -> okr().weekly.forProject("MKT", null, "2027-W53"))));
        assertEquals(List.of("cycleId"), List.copyOf(fieldErrors(
                assertThrows(ValidationException.class, () -> okr().weekly.forProject("MKT", 999L, null))).keySet()));

        host.loggedInAs("outsider");
        assertThrows(NotFoundException.class, () -> okr().weekly.forProject("SALES", null, null));
        assertFalse("outsiders browse MKT but do not edit its issues", okr().weekly.forProject("MKT", null, null).canRecord());
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().weekly.forProject("MKT", null, null));
    }

    /**
     * Two key results with a check-in, links and an action cost as many statements as twenty-six key results
     * with check-ins, blockers, links and meeting items: the meeting's cost grows with rows, not round trips.
     */
    @Test
    public void theStatementCountDoesNotGrowWithKeyResultsCheckInsLinksOrMeetingItems() {
        Cycle cycle = quarter();
        at("2027-02-15T09:00:00Z");
        addWork(cycle, 1, 1);
        at("2027-02-16T09:00:00Z");
        int small = statementsForWeek(cycle, null);
        int smallPast = statementsForWeek(cycle, "2027-W06");

        at("2027-02-15T09:00:00Z");
        addWork(cycle, 3, 4);
        at("2027-02-16T09:00:00Z");
        int large = statementsForWeek(cycle, null);

        assertEquals(26, okr().weekly.forProject("MKT", cycle.id(), null).keyResults().size());
        assertEquals(small, large);
        assertEquals(smallPast, statementsForWeek(cycle, "2027-W06"));
        assertTrue("a handful of statements, not one per row: " + large, large <= 9);
    }

    private int statementsForWeek(Cycle cycle, String week) {
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().weekly.forProject("MKT", cycle.id(), week);
            return log.count();
        }
    }

    private void addWork(Cycle cycle, int objectives, int keyResultsEach) {
        for (int o = 0; o < objectives; o++) {
            host.loggedInAs("lead");
            Objective objective = okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", null, null,
                    new ObjectiveDraft("Objective " + o + " " + System.nanoTime(), "", null), null));
            for (int k = 0; k < keyResultsEach; k++) {
                KeyResult metric = metricKeyResult(objective, "Metric " + k, 0, 100, "lead");
                KeyResult issues = issuesKeyResult(objective, "Issues " + k, "lead");
                host.loggedInAs("member");
                okr().checkIns.record(metric.id(), new CheckInDraft(10.0 + k, "ON_TRACK", "note", k % 2 == 0));
                host.loggedInAs("lead");
                okr().initiatives.link(issues.id(), List.of("MKT-1", "MKT-4", "MKT-5"), true);
                okr().meetingItems.create("MKT", cycle.id(), "2027-W06",
                        new MeetingItemDraft("ACTION", "Action " + k, "lead", "2027-02-20"));
            }
        }
    }

    private static Weekly.KeyResultRow row(Weekly week, KeyResult keyResult) {
        return week.keyResults().stream().filter(r -> r.keyResult().id() == keyResult.id()).findFirst().orElseThrow();
    }
}
