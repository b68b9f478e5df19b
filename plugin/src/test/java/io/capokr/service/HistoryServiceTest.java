package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.StatusCategory;
import io.capokr.store.ProgressSnapEntity;
import org.junit.Test;

/**
 * Progress history: a point per key result and day on which its progress changed, written with every change of
 * progress (creation, edit, check-in, link, unlink, issue sync), and read back for a key result and an objective.
 */
public class HistoryServiceTest extends OkrFixture {

    public HistoryServiceTest(TestDatabase database) {
        super(database);
    }

    private void on(String day) {
        host.at(Instant.parse(day + "T10:00:00Z"));
    }

    private static ProgressPoint point(String day, double progress) {
        return new ProgressPoint(LocalDate.parse(day), progress);
    }

    private List<ProgressPoint> history(KeyResult keyResult) {
        host.loggedInAs("member");
        return okr().history.ofKeyResult(keyResult.id());
    }

    private void checkIn(KeyResult keyResult, double value) {
        host.loggedInAs("lead");
        okr().checkIns.record(keyResult.id(), new CheckInDraft(value, "ON_TRACK", null));
    }

    @Test
    public void aMetricKeepsOnePointPerDayOnWhichItsProgressChanged() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        on("2027-01-04");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        assertEquals("created: its starting point", List.of(point("2027-01-04", 0)), history(signups));

        checkIn(signups, 10);
        checkIn(signups, 20);
        on("2027-01-06");
        checkIn(signups, 25);
        on("2027-01-07");
        checkIn(signups, 25);
        host.loggedInAs("lead");
        KeyResult current = okr().keyResults.get(signups.id());
        okr().keyResults.update(signups.id(), new KeyResultDraft("Signups", "METRIC", 0.0, 50.0, 25.0, "signups",
                null, null, null, null), null, current.version());

        assertEquals(List.of(point("2027-01-04", 0.2), point("2027-01-06", 0.25), point("2027-01-07", 0.5)),
                history(signups));
    }

    @Test
    public void aChangeBackTheSameDayLeavesNoPointForThatDay() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        on("2027-01-04");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        checkIn(signups, 10);
        on("2027-01-05");
        checkIn(signups, 40);
        checkIn(signups, 10);

        assertEquals(List.of(point("2027-01-04", 0.1)), history(signups));
    }

    @Test
    public void linksUnlinksAndIssueSyncWriteTheNewProgress() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        on("2027-01-04");
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        KeyResult other = issuesKeyResult(grow, "Other", "lead");
        host.loggedInAs("member");
        on("2027-01-05");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-4"), true);    // 1 of 2 done
        okr().initiatives.link(other.id(), List.of("MKT-1"), true);            // 0 of 1: unchanged, no point
        on("2027-01-06");
        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE)); // both key results at 1
        on("2027-01-07");
        host.loggedInAs("member");
        okr().initiatives.link(ship.id(), List.of("MKT-2"), true);             // 2 of 3
        on("2027-01-08");
        okr().issueSync.issueDeleted(2);                                       // 2 of 2
        on("2027-01-09");
        host.loggedInAs("member");
        okr().initiatives.unlink(ship.id(), List.of("MKT-1"));                  // 1 of 1: unchanged

        assertEquals(List.of(point("2027-01-04", 0), point("2027-01-05", 0.5), point("2027-01-06", 1),
                point("2027-01-07", 2.0 / 3), point("2027-01-08", 1)), history(ship));
        assertEquals(List.of(point("2027-01-04", 0), point("2027-01-06", 1)), history(other));
    }

    @Test
    public void anObjectiveWeighsItsKeyResultsCarriedForward() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        on("2027-01-04");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        checkIn(signups, 40);
        on("2027-01-05");
        host.loggedInAs("lead");
        KeyResult launch = okr().keyResults.create(grow.id(),
                new KeyResultDraft("Launch", "MILESTONE", null, null, null, null, null, false, null, 3.0), null);
        on("2027-01-08");
        okr().keyResults.update(launch.id(), new KeyResultDraft("Launch", "MILESTONE", null, null, null, null, null,
                true, null, 3.0), null, launch.version());

        host.loggedInAs("member");
        assertEquals(List.of(point("2027-01-04", 0.4), point("2027-01-05", 0.4 / 4), point("2027-01-08", (0.4 + 3) / 4)),
                okr().history.ofObjective(grow.id()));
    }

    @Test
    public void historyIsReadAsTheKeyResultOrObjectiveIsHiddenIsNotFound() {
        Cycle cycle = quarter();
        Objective sales = objective(cycle, "SALES", "Sell", "admin");
        KeyResult deals = metricKeyResult(sales, "Deals", 0, 10, "admin");

        host.loggedInAs("outsider");
        assertThrows(NotFoundException.class, () -> okr().history.ofKeyResult(deals.id()));
        assertThrows(NotFoundException.class, () -> okr().history.ofObjective(sales.id()));
        assertThrows(NotFoundException.class, () -> okr().history.ofKeyResult(999_999));
        host.loggedInAs("member");
        assertEquals(1, okr().history.ofKeyResult(deals.id()).size());
        assertEquals(1, okr().history.ofObjective(sales.id()).size());
    }

    @Test
    public void deletingAKeyResultOrItsObjectiveDeletesItsHistory() {
        Cycle cycle = quarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        metricKeyResult(grow, "Leads", 0, 100, "lead");
        KeyResult kept = metricKeyResult(objective(cycle, "MKT", "Other", "lead"), "Kept", 0, 10, "lead");
        assertEquals(3, ao.activeObjects().count(ProgressSnapEntity.class));

        host.loggedInAs("lead");
        okr().keyResults.delete(signups.id());
        assertEquals(2, ao.activeObjects().count(ProgressSnapEntity.class));
        okr().objectives.delete(grow.id());
        assertEquals(1, ao.activeObjects().count(ProgressSnapEntity.class));
        assertEquals(1, history(kept).size());
    }

    /** Two points or twenty, one key result or four: the same statements. */
    @Test
    public void readingHistoryTakesTheSameStatementsWhateverItHolds() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        on("2027-01-01");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        checkIn(signups, 1);
        int[] small = statementsForHistory(grow, signups);

        for (int day = 2; day <= 20; day++) {
            on(String.format("2027-01-%02d", day));
            checkIn(signups, day);
            metricKeyResult(grow, "KR " + day, 0, 100, "lead");
        }
        int[] large = statementsForHistory(grow, signups);

        assertEquals(20, history(signups).size());
        assertEquals(small[0], large[0]);
        assertEquals(small[1], large[1]);
        assertTrue("a handful of statements: " + large[0] + ", " + large[1], large[0] <= 4 && large[1] <= 5);
    }

    private int[] statementsForHistory(Objective objective, KeyResult keyResult) {
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        int[] counts = new int[2];
        try (StatementLog log = ao.recordStatements()) {
            okr().history.ofKeyResult(keyResult.id());
            counts[0] = log.count();
        }
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().history.ofObjective(objective.id());
            counts[1] = log.count();
        }
        return counts;
    }

    /**
     * An issue event touching many key results reads their progress in the same few statements as for one; it then
     * writes one row per changed link (as before) and one point per key result whose progress changed.
     */
    @Test
    public void anIssueSyncReadsProgressInTheSameStatementsForOneKeyResultOrMany() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        on("2027-01-04");
        linkedKeyResults(grow, 1);
        on("2027-01-05");
        long one = readsForSync(1, StatusCategory.DONE);
        linkedKeyResults(grow, 5);
        on("2027-01-06");
        long six = readsForSync(1, StatusCategory.TO_DO);
        assertEquals(one, six);
    }

    private void linkedKeyResults(Objective objective, int count) {
        for (int i = 0; i < count; i++) {
            KeyResult kr = issuesKeyResult(objective, "KR " + i + " " + System.nanoTime(), "lead");
            host.loggedInAs("lead");
            okr().initiatives.link(kr.id(), List.of("MKT-1"), true);
        }
    }

    private long readsForSync(long issueId, StatusCategory category) {
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().issueSync.issueChanged(host.moveIssue(issueId, category));
            // PostgreSQL's NEXTVAL belongs to an insert: one per key result whose progress changed, like the UPDATEs.
            return log.statements().stream().map(sql -> sql.trim().toUpperCase())
                    .filter(sql -> sql.startsWith("SELECT") && !sql.startsWith("SELECT NEXTVAL")).count();
        }
    }
}
