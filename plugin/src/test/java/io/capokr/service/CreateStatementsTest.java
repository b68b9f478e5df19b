package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.MeetingItemDraft;
import io.capokr.okr.Objective;
import org.junit.Test;

/**
 * What creating things costs on real databases. A row AO just created is read back in one SELECT, never column by
 * column (the entity {@code create} returns would run a SELECT per getter: eight for a check-in).
 */
public class CreateStatementsTest extends OkrFixture {

    /** A SELECT of one column of one row by its id: what reading a freshly created entity's getters runs. */
    private static final Pattern ONE_COLUMN_BY_ID = Pattern.compile("SELECT \"?[A-Z_]+\"? FROM \\S+ WHERE \"?ID\"? = \\?");
    /** How PostgreSQL's AO takes an id for an insert: part of the insert, not a read of ours. */
    private static final Pattern NEXT_ID = Pattern.compile("SELECT NEXTVAL\\(.*\\)");

    public CreateStatementsTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void nothingCreatedIsReadBackColumnByColumn() {
        List<String> statements;
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            Cycle cycle = quarter();
            host.at(Instant.parse("2027-02-15T09:00:00Z"));
            Objective grow = objective(cycle, "MKT", "Grow", "lead");
            KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
            host.loggedInAs("member");
            okr().checkIns.record(signups.id(), new CheckInDraft(20.0, "ON_TRACK", "Good start"));
            host.loggedInAs("lead");
            okr().meetingItems.create("MKT", cycle.id(), "2027-W07", new MeetingItemDraft("ACTION", "Call", "lead", null));
            okr().plans.save("MKT", cycle.id(), null,
                    new io.capokr.okr.PlanDraft(List.of(new io.capokr.okr.PlanDraft.Item("Hire two people", "lead"))));
            statements = log.statements();
        }
        List<String> columnByColumn = statements.stream().filter(sql -> ONE_COLUMN_BY_ID.matcher(sql).matches()).toList();
        assertEquals(List.of(), columnByColumn);
        assertTrue("the oracle sees inserts at all: " + statements, statements.stream().anyMatch(sql -> sql.startsWith("INSERT")));
    }

    @Test
    public void aCheckInRunsElevenStatements() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-01-05T09:00:00Z"));
        KeyResult signups = metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead");
        host.loggedInAs("member");
        okr().checkIns.record(signups.id(), new CheckInDraft(20.0, "ON_TRACK", "Good start"));
        host.at(Instant.parse("2027-01-12T09:00:00Z"));
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().checkIns.record(signups.id(), new CheckInDraft(30.0, "AT_RISK", "Slower"));
            // Reads of the key result, its objective and cycle (again under the lock), the key result's update, the
            // progress history and its new point, the check-in's insert and its one read back.
            List<String> statements = log.statements().stream().filter(sql -> !NEXT_ID.matcher(sql).matches()).toList();
            assertEquals(statements.toString(), 11, statements.size());
        }
    }
}
