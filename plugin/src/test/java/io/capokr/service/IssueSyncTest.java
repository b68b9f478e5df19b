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
            assertEquals("both links' copies rewritten together: one delete, one batched insert", List.of(1L, 1L),
                    List.of(onLinks(log, "DELETE"), onLinks(log, "INSERT")));
        }
        for (InitiativeEntity row : ao.activeObjects().find(InitiativeEntity.class, Query.select())) {
            assertEquals("DONE", row.getStatusCategory());
        }
    }

    /** How many of the statements logged are {@code verb}s on the links' table. */
    private static long onLinks(StatementLog log, String verb) {
        return log.statements().stream().map(sql -> sql.trim().toUpperCase())
                .filter(sql -> sql.startsWith(verb) && sql.contains("KR_ISSUE")).count();
    }

    /**
     * A closed cycle is graded on its links as they were at the close; the cycles still running follow the issue, one
     * at a time or in bulk, and the initiative list keeps its order.
     */
    @Test
    public void aClosedCyclesLinksKeepTheFactsTheyHadAtTheClose() {
        Cycle closing = quarter();
        KeyResult closed = issuesKeyResult(objective(closing, "MKT", "Last quarter", "lead"), "Shipped then", "lead");
        Cycle running = okrCycle("2027 Q2", "2027-04-01");
        KeyResult open = issuesKeyResult(objective(running, "MKT", "This quarter", "lead"), "Shipping now", "lead");
        List<IssueFacts> bulk = issues(1000, 20);
        for (KeyResult keyResult : List.of(closed, open)) {
            host.loggedInAs("lead");
            okr().initiatives.link(keyResult.id(), List.of("MKT-1"), true);
            linkAll(keyResult, bulk);
        }
        List<Long> listed = issueIdsInListOrder(open.id());
        host.loggedInAs("admin");
        okr().cycles.start(closing.id());
        okr().cycles.close(closing.id());

        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE));
        okr().issueSync.issuesChanged(moved(bulk, StatusCategory.DONE));

        assertEquals(List.of("TO_DO"), List.copyOf(new java.util.HashSet<>(statusesCopied(closed.id()))));
        assertEquals(List.of("DONE"), List.copyOf(new java.util.HashSet<>(statusesCopied(open.id()))));
        assertEquals("the initiative list keeps its order", listed, issueIdsInListOrder(open.id()));
    }

    /** Deleting an issue takes its links out of the running cycles only: a closed cycle's results do not change. */
    @Test
    public void aDeletedIssueKeepsItsLinksInClosedCyclesOnly() {
        Cycle closing = quarter();
        KeyResult closed = issuesKeyResult(objective(closing, "MKT", "Last quarter", "lead"), "Shipped then", "lead");
        Cycle running = okrCycle("2027 Q2", "2027-04-01");
        KeyResult open = issuesKeyResult(objective(running, "MKT", "This quarter", "lead"), "Shipping now", "lead");
        for (KeyResult keyResult : List.of(closed, open)) {
            host.loggedInAs("lead");
            okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-2"), true);
        }
        okr().issueSync.issueChanged(host.moveIssue(1, StatusCategory.DONE));
        host.loggedInAs("admin");
        okr().cycles.start(closing.id());
        okr().cycles.close(closing.id());

        okr().issueSync.issueDeleted(1);

        // MKT-2 is in progress in the sample host.
        assertEquals("the closed cycle keeps both, the deleted one done as at the close", List.of("DONE", "IN_PROGRESS"),
                statusesCopied(closed.id()).stream().sorted().toList());
        assertEquals("the running cycle loses the deleted issue", List.of("IN_PROGRESS"), statusesCopied(open.id()));
        List<io.capokr.okr.ProgressPoint> points = progressOf(open.id());
        assertEquals("and its progress is recorded without it", 0.0, points.get(points.size() - 1).progress(), 1e-9);
    }

    private Cycle okrCycle(String name, String start) {
        host.loggedInAs("admin");
        return okr().cycles.create(new CycleDraft(name, start, null)).cycle();
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

    /**
     * A bulk transition moves many issues at once: their copies and their key results' progress are written in one
     * transaction whose statements do not grow with the number of issues.
     */
    @Test
    public void aBulkTransitionRunsAsManyStatementsForFiveHundredIssuesAsForTen() {
        Batches batches = tenAndFiveHundredLinked();

        int forTen = statementsOf(() -> okr().issueSync.issuesChanged(moved(batches.ten(), StatusCategory.DONE)));
        int forFiveHundred = statementsOf(() -> okr().issueSync.issuesChanged(moved(batches.fiveHundred(), StatusCategory.DONE)));

        assertEquals(forTen, forFiveHundred);
        assertTrue("a handful of statements, not one per issue: " + forFiveHundred, forFiveHundred <= 10);
        for (KeyResult keyResult : List.of(batches.few(), batches.many())) {
            assertEquals(List.of("DONE"), List.copyOf(new java.util.HashSet<>(statusesCopied(keyResult.id()))));
            List<io.capokr.okr.ProgressPoint> points = progressOf(keyResult.id());
            assertEquals("the key result's progress is recorded: every linked issue is done", 1.0,
                    points.get(points.size() - 1).progress(), 1e-9);
        }
        assertEquals(500, statusesCopied(batches.many().id()).size());
    }

    @Test
    public void withinABatchTheLatestFactsOfAnIssueWinAndDoneTimesFollowTheSingleEventRules() {
        KeyResult ship = issuesKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1"), true);
        java.time.Instant monday = java.time.Instant.parse("2027-02-15T09:00:00Z");
        host.at(monday);
        okr().issueSync.issuesChanged(List.of(host.moveIssue(1, StatusCategory.DONE)));
        host.at(java.time.Instant.parse("2027-02-16T09:00:00Z"));

        IssueFacts doneAgain = new IssueFacts(1, "MKT-1", "Summary of MKT-1", StatusCategory.DONE, 3.0, 10000);
        IssueFacts reopened = host.moveIssue(1, StatusCategory.IN_PROGRESS);
        okr().issueSync.issuesChanged(List.of(doneAgain, reopened));

        assertEquals("IN_PROGRESS", copyOf(ship.id(), 1).getStatusCategory());
        assertEquals(null, copyOf(ship.id(), 1).getDoneAt());
        okr().issueSync.issuesChanged(List.of(host.moveIssue(1, StatusCategory.DONE)));
        assertEquals("done again: timed anew", Long.valueOf(java.time.Instant.parse("2027-02-16T09:00:00Z").toEpochMilli()),
                copyOf(ship.id(), 1).getDoneAt());
    }

    @Test
    public void aBulkDeleteRemovesTheLinksOfEveryIssueInAsManyStatementsForFiveHundredAsForTen() {
        Batches batches = tenAndFiveHundredLinked();
        List<KeyResult> both = List.of(batches.few(), batches.many());
        host.loggedInAs("lead");
        both.forEach(keyResult -> okr().initiatives.link(keyResult.id(), List.of("MKT-4"), true));

        assertEquals(statementsOf(() -> okr().issueSync.issuesDeleted(ids(batches.ten()))),
                statementsOf(() -> okr().issueSync.issuesDeleted(ids(batches.fiveHundred()))));
        for (KeyResult keyResult : both) {
            assertEquals("only the deleted issues' links go", List.of("DONE"), statusesCopied(keyResult.id()));
            List<io.capokr.okr.ProgressPoint> points = progressOf(keyResult.id());
            assertEquals("progress recorded: the one issue left is done", 1.0, points.get(points.size() - 1).progress(), 1e-9);
        }
    }

    /**
     * Five hundred deleted issues, each linked to two key results: a thousand links go, and no statement lists more
     * than 500 values (Oracle refuses lists of over 1,000, SQL Server over 2,100 parameters).
     */
    @Test
    public void deletingIssuesLinkedTwiceKeepsEveryListWithinTheDatabasesLimits() {
        Batches batches = tenAndFiveHundredLinked();
        linkAll(batches.few(), batches.fiveHundred());
        List<String> statements;
        ao.activeObjects().flushAll();
        try (io.capokr.aokit.StatementLog log = ao.recordStatements()) {
            okr().issueSync.issuesDeleted(ids(batches.fiveHundred()));
            statements = log.statements();
        }
        assertEquals(List.of(), statusesCopied(batches.many().id()));
        assertEquals("the ten others stay", 10, statusesCopied(batches.few().id()).size());
        for (String sql : statements) {
            long parameters = sql.chars().filter(c -> c == '?').count();
            // A list of at most 500, and a few parameters beside it (the cycle state the read is joined on).
            assertTrue(parameters + " parameters in " + sql.substring(0, Math.min(80, sql.length())), parameters <= 505);
        }
    }

    /** Ten issues linked to one key result, five hundred to another, of the same objective. */
    private record Batches(KeyResult few, KeyResult many, List<IssueFacts> ten, List<IssueFacts> fiveHundred) {
    }

    private Batches tenAndFiveHundredLinked() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        Batches batches = new Batches(issuesKeyResult(grow, "Few", "lead"), issuesKeyResult(grow, "Many", "lead"),
                issues(1000, 10), issues(2000, 500));
        linkAll(batches.few(), batches.ten());
        linkAll(batches.many(), batches.fiveHundred());
        return batches;
    }

    /** {@code count} issues of MKT from id {@code firstId} on, to do, one story point each, known to the host. */
    private List<IssueFacts> issues(long firstId, int count) {
        List<IssueFacts> issues = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            host.issue(id, "MKT-" + id, StatusCategory.TO_DO, 1.0);
            issues.add(new IssueFacts(id, "MKT-" + id, "Summary of MKT-" + id, StatusCategory.TO_DO, 1.0, 10000));
        }
        return issues;
    }

    private static List<Long> ids(List<IssueFacts> issues) {
        return issues.stream().map(IssueFacts::id).toList();
    }

    private void linkAll(KeyResult keyResult, List<IssueFacts> issues) {
        host.loggedInAs("lead");
        okr().initiatives.link(keyResult.id(), issues.stream().map(IssueFacts::key).toList(), true);
    }

    private List<IssueFacts> moved(List<IssueFacts> issues, StatusCategory category) {
        return issues.stream().map(issue -> host.moveIssue(issue.id(), category)).toList();
    }

    private int statementsOf(Runnable action) {
        try (StatementLog log = ao.recordStatements()) {
            action.run();
            return log.count();
        }
    }

    private List<String> statusesCopied(long keyResultId) {
        return java.util.Arrays.stream(ao.activeObjects().find(InitiativeEntity.class, Query.select()
                .where(InitiativeEntity.KEY_RESULT_ID + " = ?", keyResultId))).map(InitiativeEntity::getStatusCategory).toList();
    }

    private InitiativeEntity copyOf(long keyResultId, long issueId) {
        return ao.activeObjects().find(InitiativeEntity.class, Query.select().where(InitiativeEntity.KEY_RESULT_ID
                + " = ? AND " + InitiativeEntity.ISSUE_ID + " = ?", keyResultId, issueId))[0];
    }

    private List<io.capokr.okr.ProgressPoint> progressOf(long keyResultId) {
        host.loggedInAs("lead");
        return okr().history.ofKeyResult(keyResultId);
    }

    private List<Long> issueIdsInListOrder(long keyResultId) {
        host.loggedInAs("lead");
        return okr().initiatives.list(keyResultId, new io.capokr.okr.PageRequest(0, 100)).rows().stream()
                .map(row -> row.issue().id()).toList();
    }
}
