package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CalibrationWarning;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Confidence;
import io.capokr.okr.Cycle;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.StatusCategory;
import org.junit.Test;

public class ProjectOkrServiceTest extends OkrFixture {

    public ProjectOkrServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void progressHealthConfidenceAndCountsComeTogether() {
        Cycle cycle = quarter();
        Objective company = objective(cycle, null, "Be the reference", "admin");
        host.loggedInAs("lead");
        Objective grow = okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", company.id(), null,
                new ObjectiveDraft("Grow", "", null), null));
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-2", "MKT-4", "MKT-5"), true);
        okr().initiatives.link(ship.id(), List.of("MKT-3"), false);
        okr().checkIns.record(signups.id(), new CheckInDraft(10.0, "OFF_TRACK", "slow"));

        host.loggedInAs("member");
        ProjectOkrs okrs = okr().projectOkrs.forProject("MKT", null);

        assertEquals(cycle.id(), okrs.cycle().id());
        assertEquals(45.0 / 89, okrs.expectedProgress(), 1e-9);
        ProjectOkrs.ObjectiveRow row = okrs.objectives().get(0);
        ProjectOkrs.KeyResultRow shipRow = row.keyResults().get(0);
        assertEquals(0.25, shipRow.progress(), 1e-9);
        assertEquals(Health.OFF_TRACK, shipRow.health());
        // all five links are counted, the restricted MKT-5 and the context-only MKT-3 included
        assertEquals(List.of(1, 1, 3), List.of(shipRow.done(), shipRow.inProgress(), shipRow.toDo()));
        assertTrue(shipRow.canWork());
        ProjectOkrs.KeyResultRow signupRow = row.keyResults().get(1);
        assertEquals(0.1, signupRow.progress(), 1e-9);
        assertEquals(Confidence.OFF_TRACK, signupRow.confidence());
        assertEquals((0.25 + 0.1) / 2, row.progress(), 1e-9);
        assertFalse(row.canEdit());
        assertFalse(okrs.canCreateObjectives());
        assertEquals(List.of("Be the reference"), okrs.alignedTo().stream().map(Objective::title).toList());
    }

    @Test
    public void aKeyResultWithoutContributingIssuesIsFlagged() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1"), false);

        ProjectOkrs.KeyResultRow row = okr().projectOkrs.forProject("MKT", null).objectives().get(0).keyResults().get(0);
        assertTrue(row.noInitiatives());
        assertEquals(0, row.progress(), 0);
    }

    @Test
    public void progressFollowsIssueStatusAtTheNextRead() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-2", "MKT-3"), true);
        assertEquals(0, shipProgress(), 0);

        okr().issueSync.issueChanged(host.moveIssue(2, StatusCategory.DONE));
        assertEquals(1.0 / 3, shipProgress(), 1e-9);

        okr().issueSync.issueDeleted(3);
        assertEquals(1.0 / 2, shipProgress(), 1e-9);
    }

    @Test
    public void beforeTheCycleStartsNothingIsLate() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        issuesKeyResult(grow, "Ship", "lead");
        host.at(Instant.parse("2026-12-01T00:00:00Z")).loggedInAs("lead");

        ProjectOkrs okrs = okr().projectOkrs.forProject("MKT", null);
        assertEquals(Health.NOT_STARTED, okrs.objectives().get(0).health());
        assertEquals(0, okrs.expectedProgress(), 0);
    }

    @Test
    public void withoutAnyCycleThereIsNothingToShowAndTheAnswerSaysWhy() {
        host.loggedInAs("member");

        NotFoundException refusal = assertThrows(NotFoundException.class, () -> okr().projectOkrs.forProject("MKT", null));
        assertEquals("There is no cycle yet. A Jira administrator creates cycles.", message(refusal));
    }

    @Test
    public void readersMustBrowseTheProject() {
        quarter();
        host.loggedInAs("outsider");

        assertThrows(NotFoundException.class, () -> okr().projectOkrs.forProject("SALES", null));
    }

    /**
     * The page's read model runs the same statements for one objective with one link as for ten
     * objectives with thirty key results, sixty links and a progress history behind each key result (which the
     * calibration forecast reads, joined on the cycle and the project): its cost grows with rows, not round trips.
     */
    @Test
    public void theStatementCountDoesNotGrowWithObjectivesKeyResultsOrLinks() {
        Cycle cycle = quarter();
        Objective company = objective(cycle, null, "Company", "admin");
        addObjectives(cycle, company, 1, 1, 1);
        int small = statementsForPage(cycle);

        addObjectives(cycle, company, 9, 2, 3);
        int large = statementsForPage(cycle);

        ProjectOkrs page = okr().projectOkrs.forProject("MKT", cycle.id());
        assertEquals(10, page.objectives().size());
        // the forecast did read every key result's history: each metric one stalled and is forecast under 0.7
        assertEquals(10, page.objectives().stream().flatMap(o -> o.keyResults().stream())
                .filter(k -> k.warnings().stream().anyMatch(w -> w.code() == CalibrationWarning.Code.FORECAST_BELOW_TARGET))
                .count());
        assertEquals(small, large);
        assertTrue("a handful of statements, not one per row: " + large, large >= 4 && large <= 7);
    }

    private int statementsForPage(Cycle cycle) {
        host.loggedInAs("member");
        // A cold cache, as on a fresh request in Jira: no entity values left over from the writes above.
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().projectOkrs.forProject("MKT", cycle.id());
            return log.count();
        }
    }

    private void addObjectives(Cycle cycle, Objective parent, int objectives, int keyResultsEach, int linksEach) {
        for (int o = 0; o < objectives; o++) {
            host.loggedInAs("lead");
            Objective objective = okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", parent.id(), null,
                    new ObjectiveDraft("Objective " + o + " " + System.nanoTime(), "", null), null));
            for (int k = 0; k < keyResultsEach; k++) {
                KeyResult kr = issuesKeyResult(objective, "KR " + k, "lead");
                host.loggedInAs("lead");
                okr().initiatives.link(kr.id(), List.of("MKT-1", "MKT-2", "MKT-3", "MKT-4").subList(0, linksEach), true);
            }
            host.at(Instant.parse("2027-01-01T10:00:00Z"));
            KeyResult metric = metricKeyResult(objective, "Metric " + o, 0, 100, "lead");
            host.loggedInAs("lead");
            host.at(Instant.parse("2027-01-10T10:00:00Z"));
            okr().checkIns.record(metric.id(), new CheckInDraft(5.0, "ON_TRACK", ""));
            host.at(Instant.parse("2027-02-15T10:00:00Z"));
        }
    }

    private double shipProgress() {
        return okr().projectOkrs.forProject("MKT", null).objectives().get(0).keyResults().get(0).progress();
    }
}
