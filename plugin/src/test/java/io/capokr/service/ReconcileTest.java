package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.StatusCategory;
import io.capokr.store.InitiativeEntity;
import net.java.ao.Query;
import org.junit.Test;

/**
 * Drift repair on real databases: copies that no issue event corrected are brought back to their issues' facts,
 * their key results' progress recorded, closed cycles and vanished issues left alone, for administrators only.
 */
public class ReconcileTest extends OkrFixture {

    public ReconcileTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void copiesThatDriftedWithoutAnEventAreCorrectedAndTheRestLeftAlone() {
        host.at(Instant.parse("2027-02-01T09:00:00Z"));
        KeyResult ship = issuesKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-2", "MKT-3"), true);
        // No event reaches the app: MKT-1 is done now, MKT-2's project key was renamed, MKT-3 is gone.
        host.moveIssue(1, StatusCategory.DONE);
        host.issue(new IssueFacts(2, "MKG-2", "Summary of MKT-2", StatusCategory.IN_PROGRESS, 5.0, 10000));
        host.forgetIssue(3);
        host.at(Instant.parse("2027-02-02T09:00:00Z"));
        host.loggedInAs("admin");

        ReconcileRun run = okr().reconcile.now();

        assertEquals(List.of(3, 2, 1), List.of(run.checked(), run.corrected(), run.missing()));
        assertEquals(List.of("DONE", "MKG-2", "TO_DO"), List.of(link(ship, 1).getStatusCategory(),
                link(ship, 2).getIssueKey(), link(ship, 3).getStatusCategory()));
        List<ProgressPoint> history = okr().history.ofKeyResult(ship.id());
        ProgressPoint latest = history.get(history.size() - 1);
        assertEquals("the key result's progress moved on the day of the reconcile",
                List.of(LocalDate.parse("2027-02-02"), 1.0 / 3), List.of(latest.day(), latest.progress()));
        assertEquals("a second run finds nothing left to correct", 0, okr().reconcile.now().corrected());
    }

    @Test
    public void aClosedCyclesLinksAreNotChecked() {
        Cycle closing = quarter();
        KeyResult ship = issuesKeyResult(objective(closing, "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1"), true);
        host.loggedInAs("admin");
        okr().cycles.start(closing.id());
        okr().cycles.close(closing.id());
        host.moveIssue(1, StatusCategory.DONE);

        ReconcileRun run = okr().reconcile.now();

        assertEquals(0, run.checked());
        assertEquals("TO_DO", link(ship, 1).getStatusCategory());
    }

    @Test
    public void onlyJiraAdministratorsReconcile() {
        host.loggedInAs("lead");
        assertThrows(PermissionDeniedException.class, () -> okr().reconcile.now());
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().reconcile.now());
    }

    /** Reading the links and their issues costs the same for three links as for thirty. */
    @Test
    public void aRunWithNothingToCorrectReadsAFixedNumberOfStatements() {
        Cycle cycle = quarter();
        List<KeyResult> keyResults = new ArrayList<>();
        keyResults.add(issuesKeyResult(objective(cycle, "MKT", "Grow", "lead"), "KR 0", "lead"));
        link(keyResults);
        int small = statementsOfARun();
        for (int i = 1; i < 10; i++) {
            keyResults.add(issuesKeyResult(objective(cycle, "MKT", "Grow " + i, "lead"), "KR " + i, "lead"));
        }
        link(keyResults);
        int large = statementsOfARun();

        assertEquals(small, large);
    }

    private void link(List<KeyResult> keyResults) {
        host.loggedInAs("lead");
        keyResults.forEach(kr -> okr().initiatives.link(kr.id(), List.of("MKT-1", "MKT-2", "MKT-3"), true));
    }

    private int statementsOfARun() {
        host.loggedInAs("admin");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            assertEquals(0, okr().reconcile.now().corrected());
            return log.count();
        }
    }

    private InitiativeEntity link(KeyResult keyResult, long issueId) {
        return ao.activeObjects().find(InitiativeEntity.class, Query.select().where(InitiativeEntity.KEY_RESULT_ID
                + " = ? AND " + InitiativeEntity.ISSUE_ID + " = ?", keyResult.id(), issueId))[0];
    }
}
