package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.StatusCategory;
import io.capokr.store.InitiativeEntity;
import net.java.ao.Query;
import org.junit.Test;

/**
 * What an issue event costs the user whose transition raised it: Jira runs our listener on their thread,
 * so the work is small and bounded: one indexed read, and a write only for links whose copy changed.
 */
public class IssueSyncTest extends OkrFixture {

    public IssueSyncTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void anEventThatChangesNothingWeCopyWritesNothing() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        for (KeyResult kr : List.of(issuesKeyResult(grow, "A", "lead"), issuesKeyResult(grow, "B", "lead"))) {
            host.loggedInAs("lead");
            okr().initiatives.link(kr.id(), List.of("MKT-1"), true);
        }
        IssueSync sync = okr().issueSync;

        try (StatementLog log = ao.recordStatements()) {
            sync.issueChanged(new IssueFacts(1, "MKT-1", "Summary edited", StatusCategory.TO_DO, 3.0, 10000));
            assertTrue("no UPDATE when only the summary changed: " + log.statements(),
                    log.statements().stream().noneMatch(sql -> sql.trim().toUpperCase().startsWith("UPDATE")));
        }

        try (StatementLog log = ao.recordStatements()) {
            sync.issueChanged(host.moveIssue(1, StatusCategory.DONE));
            assertEquals("both links' copies updated", 2,
                    log.statements().stream().filter(sql -> sql.trim().toUpperCase().startsWith("UPDATE")).count());
        }
        for (InitiativeEntity row : ao.activeObjects().find(InitiativeEntity.class, Query.select())) {
            assertEquals("DONE", row.getStatusCategory());
        }
    }

    /** A closed cycle is graded on its links as they were at the close; the cycles still running follow the issue. */
    @Test
    public void aClosedCyclesLinksKeepTheFactsTheyHadAtTheClose() {
        Cycle closing = quarter();
        KeyResult closed = issuesKeyResult(objective(closing, "MKT", "Last quarter", "lead"), "Shipped then", "lead");
        Cycle running = okrCycle("2027 Q2", "2027-04-01");
        KeyResult open = issuesKeyResult(objective(running, "MKT", "This quarter", "lead"), "Shipping now", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(closed.id(), List.of("MKT-1"), true);
        okr().initiatives.link(open.id(), List.of("MKT-1"), true);
        host.loggedInAs("admin");
        okr().cycles.start(closing.id());
        okr().cycles.close(closing.id());

        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE));

        assertEquals("TO_DO", statusCopied(closed.id()));
        assertEquals("DONE", statusCopied(open.id()));
    }

    private Cycle okrCycle(String name, String start) {
        host.loggedInAs("admin");
        return okr().cycles.create(new CycleDraft(name, start, null)).cycle();
    }

    private String statusCopied(long keyResultId) {
        return ao.activeObjects().find(InitiativeEntity.class, Query.select().where(InitiativeEntity.KEY_RESULT_ID + " = ?",
                keyResultId))[0].getStatusCategory();
    }

    @Test
    public void anIssueMovingIntoDoneIsTimedAndReopeningForgetsIt() {
        KeyResult ship = issuesKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1"), true);
        host.at(java.time.Instant.parse("2027-02-16T09:00:00Z"));

        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE));
        assertEquals(Long.valueOf(java.time.Instant.parse("2027-02-16T09:00:00Z").toEpochMilli()), doneAt(ship.id()));
        host.at(java.time.Instant.parse("2027-02-17T09:00:00Z"));
        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE));
        assertEquals("still done: the first time counts", Long.valueOf(
                java.time.Instant.parse("2027-02-16T09:00:00Z").toEpochMilli()), doneAt(ship.id()));
        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.IN_PROGRESS));
        assertEquals(null, doneAt(ship.id()));
    }

    private Long doneAt(long keyResultId) {
        return ao.activeObjects().find(InitiativeEntity.class, Query.select().where(InitiativeEntity.KEY_RESULT_ID + " = ?",
                keyResultId))[0].getDoneAt();
    }
}
