package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckIn;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Confidence;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;
import io.capokr.okr.Objective;
import io.capokr.okr.PageRequest;
import io.capokr.store.CheckInEntity;
import org.junit.Test;

public class CheckInServiceTest extends OkrFixture {

    public CheckInServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void aMetricCheckInSetsTheCurrentValueAndKeepsASnapshot() {
        KeyResult signups = metricKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Signups", 100, 200, "lead");
        host.loggedInAs("member");

        CheckIn checkIn = okr().checkIns.record(signups.id(), new CheckInDraft(150.0, "at_risk", " Slow week "));

        assertEquals(0.5, checkIn.progress(), 1e-9);
        assertEquals(Confidence.AT_RISK, checkIn.confidence());
        assertEquals("Slow week", checkIn.note());
        assertEquals("member", checkIn.authorKey());
        KeyResult after = okr().keyResults.get(signups.id());
        assertEquals(150.0, ((Measure.Metric) after.measure()).current(), 0);
        assertEquals(Confidence.AT_RISK, after.confidence());
        assertEquals(signups.version() + 1, after.version());
    }

    @Test
    public void anIssuesCheckInSnapshotsTheProgressOfItsIssues() {
        KeyResult ship = issuesKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("member");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-4"), true);

        assertEquals(0.5, okr().checkIns.record(ship.id(), new CheckInDraft(null, "ON_TRACK", "")).progress(), 1e-9);
    }

    @Test
    public void checkInsAreListedNewestFirst() {
        KeyResult signups = metricKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Signups", 0, 10, "lead");
        host.loggedInAs("lead");
        okr().checkIns.record(signups.id(), new CheckInDraft(1.0, "ON_TRACK", "week 1"));
        host.at(host.now().plusSeconds(7 * 86400));
        okr().checkIns.record(signups.id(), new CheckInDraft(3.0, "ON_TRACK", "week 2"));

        Page<CheckIn> page = okr().checkIns.list(signups.id(), PageRequest.first(50));
        assertEquals(List.of("week 2", "week 1"), page.values().stream().map(CheckIn::note).toList());
    }

    @Test
    public void aMetricNeedsItsValueAndOtherMeasuresRefuseOne() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 10, "lead");
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        host.loggedInAs("lead");

        assertTrue(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().checkIns.record(signups.id(), new CheckInDraft(null, "ON_TRACK", "")))).containsKey("value"));
        assertTrue(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().checkIns.record(ship.id(), new CheckInDraft(4.0, "ON_TRACK", "")))).containsKey("value"));
        assertTrue(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().checkIns.record(ship.id(), new CheckInDraft(null, "MAYBE", "")))).containsKey("confidence"));
        assertEquals(0, ao.activeObjects().count(CheckInEntity.class));
    }

    @Test
    public void onlyTheOwnerOrProjectEditorsCheckIn() {
        KeyResult signups = metricKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Signups", 0, 10, "lead");
        host.loggedInAs("outsider");

        assertThrows(PermissionDeniedException.class,
                () -> okr().checkIns.record(signups.id(), new CheckInDraft(5.0, "ON_TRACK", "")));
        assertEquals(0, ao.activeObjects().count(CheckInEntity.class));
    }

    @Test
    public void aCheckInMayFlagItsNoteAsABlockerAndOlderRowsReadAsNone() {
        KeyResult signups = metricKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Signups", 100, 200, "lead");
        host.loggedInAs("member");

        CheckIn blocked = okr().checkIns.record(signups.id(), new CheckInDraft(120.0, "AT_RISK", "Legal review stuck", true));
        CheckIn plain = okr().checkIns.record(signups.id(), new CheckInDraft(130.0, "ON_TRACK", "Unblocked"));

        assertTrue(blocked.blocker());
        assertTrue(okr().checkIns.get(signups.id(), blocked.id()).blocker());
        assertEquals(false, okr().checkIns.get(signups.id(), plain.id()).blocker());
        // a row from before model version 5 has BLOCKER null
        CheckInEntity row = ao.activeObjects().get(CheckInEntity.class, (int) plain.id());
        row.setBlocker(null);
        row.save();
        assertEquals(false, okr().checkIns.get(signups.id(), plain.id()).blocker());
    }
}
