package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.CycleState;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.PageRequest;
import io.capokr.store.CycleEntity;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;

/** A cycle's life through the services: edit, delete, start, close, and a closed cycle's read-only contents. */
public class CycleLifecycleServiceTest extends OkrFixture {

    public CycleLifecycleServiceTest(TestDatabase database) {
        super(database);
    }

    private CycleService cycles() {
        return okr().cycles;
    }

    private CycleDraft q1(String name) {
        return new CycleDraft(name, "2027-01-01", "2027-03-31");
    }

    @Test
    public void onlyJiraAdministratorsManageCyclesAndAnonymousCallersMustLogIn() {
        Cycle cycle = quarter();
        for (String user : new String[] {"lead", "member"}) {
            host.loggedInAs(user);
            assertThrows(PermissionDeniedException.class, () -> cycles().update(cycle.id(), q1("Mine"), 1));
            assertThrows(PermissionDeniedException.class, () -> cycles().delete(cycle.id()));
            assertThrows(PermissionDeniedException.class, () -> cycles().start(cycle.id()));
            assertThrows(PermissionDeniedException.class, () -> cycles().close(cycle.id()));
        }
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> cycles().update(cycle.id(), q1("Mine"), 1));
        assertThrows(NotAuthenticatedException.class, () -> cycles().delete(cycle.id()));
        assertThrows(NotAuthenticatedException.class, () -> cycles().start(cycle.id()));
        assertThrows(NotAuthenticatedException.class, () -> cycles().close(cycle.id()));

        host.loggedInAs("admin");
        Cycle unchanged = cycles().get(cycle.id()).cycle();
        assertEquals(List.of("2027 Q1", CycleState.PLANNING, 1), List.of(unchanged.name(), unchanged.state(), unchanged.version()));
    }

    @Test
    public void anUnknownCycleIsNotFoundForEveryChange() {
        host.loggedInAs("admin");
        assertThrows(NotFoundException.class, () -> cycles().update(99, q1("X"), 1));
        assertThrows(NotFoundException.class, () -> cycles().delete(99));
        assertThrows(NotFoundException.class, () -> cycles().start(99));
        assertThrows(NotFoundException.class, () -> cycles().close(99));
    }

    @Test
    public void aCycleIsPlannedThenStartedThenClosedEachStepANewVersion() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");

        Cycle started = cycles().start(cycle.id()).cycle();
        assertEquals(List.of(CycleState.ACTIVE, 2), List.of(started.state(), started.version()));
        Cycle closed = cycles().close(cycle.id()).cycle();
        assertEquals(List.of(CycleState.CLOSED, 3), List.of(closed.state(), closed.version()));
        assertEquals(closed, cycles().get(cycle.id()).cycle());
    }

    @Test
    public void eachWrongMoveIsAConflictSayingWhereTheCycleIs() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");

        assertEquals("Cycle 2027 Q1 is still in planning: start it before closing it.",
                message(assertThrows(ConflictException.class, () -> cycles().close(cycle.id()))));
        cycles().start(cycle.id());
        assertEquals("Cycle 2027 Q1 is already active.",
                message(assertThrows(ConflictException.class, () -> cycles().start(cycle.id()))));
        cycles().close(cycle.id());
        assertEquals("Cycle 2027 Q1 is already closed.",
                message(assertThrows(ConflictException.class, () -> cycles().close(cycle.id()))));
        assertEquals("Cycle 2027 Q1 is closed: a closed cycle cannot be started again.",
                message(assertThrows(ConflictException.class, () -> cycles().start(cycle.id()))));
        assertEquals(CycleState.CLOSED, cycles().get(cycle.id()).cycle().state());
    }

    @Test
    public void anAdministratorRenamesAndReschedulesWithTheVersionRead() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");

        Cycle edited = cycles().update(cycle.id(), new CycleDraft(" 2027 Q1 (long) ", "2027-01-04", "2027-04-04"), 1).cycle();

        assertEquals(List.of("2027 Q1 (long)", "2027-01-04", "2027-04-04", CycleState.PLANNING, 2),
                List.of(edited.name(), edited.startDate().toString(), edited.endDate().toString(), edited.state(),
                        edited.version()));
        assertEquals(edited, cycles().get(cycle.id()).cycle());
        // Its own name, in another case, is not "taken".
        assertEquals("2027 q1 (LONG)", cycles().update(cycle.id(), new CycleDraft("2027 q1 (LONG)", "2027-01-04", "2027-04-04"), 2)
                .cycle().name());
    }

    @Test
    public void aStaleVersionIsAConflictAndAMissingOneA400AndNothingChanges() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        cycles().update(cycle.id(), q1("First"), 1);

        ConflictException stale = assertThrows(ConflictException.class, () -> cycles().update(cycle.id(), q1("Second"), 1));
        assertEquals("capokr.error.stale", stale.messageKey());
        ValidationException missing = assertThrows(ValidationException.class, () -> cycles().update(cycle.id(), q1("Third"), null));
        assertTrue(fieldErrors(missing).containsKey("version"));
        // A start moves the version on too: an edit based on what was read before it is stale.
        cycles().start(cycle.id());
        assertThrows(ConflictException.class, () -> cycles().update(cycle.id(), q1("Fourth"), 2));

        assertEquals("First", cycles().get(cycle.id()).cycle().name());
    }

    @Test
    public void anEditIsValidatedLikeANewCycleAndMayNotTakeAnotherCyclesName() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        cycles().create(new CycleDraft("2027 Q2", "2027-04-01", null));

        ValidationException bad = assertThrows(ValidationException.class,
                () -> cycles().update(cycle.id(), new CycleDraft("", "2027-03-01", "2027-02-01"), 1));
        assertEquals(List.of("name", "endDate"), List.copyOf(fieldErrors(bad).keySet()));
        ValidationException taken = assertThrows(ValidationException.class,
                () -> cycles().update(cycle.id(), q1("2027 q2"), 1));
        assertEquals("There is already a cycle named 2027 q2.", fieldErrors(taken).get("name"));
        assertEquals("2027 Q1", cycles().get(cycle.id()).cycle().name());
    }

    @Test
    public void aClosedCyclesNameAndDatesNoLongerChange() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        cycles().start(cycle.id());
        int version = cycles().close(cycle.id()).cycle().version();

        ConflictException refusal = assertThrows(ConflictException.class, () -> cycles().update(cycle.id(), q1("Renamed"), version));
        assertEquals("Cycle 2027 Q1 is closed: its name and dates can no longer change.", message(refusal));
    }

    @Test
    public void onlyAPlannedCycleWithoutObjectivesCanBeDeleted() {
        Cycle empty = quarter();
        host.loggedInAs("admin");
        Cycle withObjective = cycles().create(new CycleDraft("2027 Q2", "2027-04-01", null)).cycle();
        objective(withObjective, "MKT", "Grow", "lead");
        host.loggedInAs("admin");
        Cycle active = cycles().create(new CycleDraft("2027 Q3", "2027-07-01", null)).cycle();
        cycles().start(active.id());

        host.loggedInAs("admin");
        assertEquals("Cycle 2027 Q2 has objectives: delete them first, or keep the cycle.",
                message(assertThrows(ConflictException.class, () -> cycles().delete(withObjective.id()))));
        assertEquals("Cycle 2027 Q3 is active: only a cycle still in planning can be deleted. Close it instead.",
                message(assertThrows(ConflictException.class, () -> cycles().delete(active.id()))));
        cycles().delete(empty.id());

        assertThrows(NotFoundException.class, () -> cycles().get(empty.id()));
        assertEquals(2, ao.activeObjects().count(CycleEntity.class));
    }

    @Test
    public void everythingInAClosedCycleIsReadOnlyButStillReadable() {
        Cycle cycle = quarter();
        Objective objective = objective(cycle, "MKT", "Grow", "lead");
        KeyResult ship = issuesKeyResult(objective, "Ship", "lead");
        KeyResult signups = metricKeyResult(objective, "Signups", 0, 100, "lead");
        host.loggedInAs("member");
        okr().initiatives.link(ship.id(), List.of("MKT-1"), true);
        okr().checkIns.record(signups.id(), new CheckInDraft(10.0, "ON_TRACK", "week 1"));
        host.loggedInAs("admin");
        cycles().start(cycle.id());
        cycles().close(cycle.id());
        String closed = "Cycle 2027 Q1 is closed: its objectives can no longer change.";

        host.loggedInAs("lead");
        assertClosed(closed, () -> okr().objectives.update(objective.id(), new ObjectiveCommand(null, null, null, null,
                new ObjectiveDraft("Grow more", "", "COMMITTED"), objective.version())));
        assertClosed(closed, () -> okr().objectives.delete(objective.id()));
        assertClosed(closed, () -> okr().keyResults.create(objective.id(),
                new KeyResultDraft("Late", "MILESTONE", null, null, null, null, null, false, null, null), null));
        assertClosed(closed, () -> okr().keyResults.update(signups.id(),
                new KeyResultDraft("Signups", "METRIC", 0.0, 200.0, null, null, null, null, null, null), null, signups.version()));
        assertClosed(closed, () -> okr().keyResults.delete(ship.id()));
        assertClosed(closed, () -> okr().keyResults.reorder(objective.id(), List.of(signups.id(), ship.id())));
        host.loggedInAs("member");
        assertClosed(closed, () -> okr().checkIns.record(signups.id(), new CheckInDraft(20.0, "ON_TRACK", "late")));
        assertClosed(closed, () -> okr().initiatives.link(ship.id(), List.of("MKT-2"), true));
        assertClosed(closed, () -> okr().initiatives.unlink(ship.id(), List.of("MKT-1")));

        // Reads still work, and nothing changed.
        assertEquals("Grow", okr().objectives.get(objective.id()).title());
        assertEquals(List.of("Ship", "Signups"), okr().keyResults.forObjective(objective.id()).stream().map(KeyResult::title).toList());
        assertEquals(1, okr().checkIns.list(signups.id(), PageRequest.first(10)).total());
        assertEquals(1, okr().initiatives.list(ship.id(), PageRequest.first(10)).total());
        assertEquals(1, okr().projectOkrs.forProject("MKT", cycle.id()).objectives().size());
    }

    @Test
    public void theReadModelsOfferNoEditInAClosedCycle() {
        Cycle cycle = quarter();
        Objective objective = objective(cycle, "MKT", "Grow", "lead");
        metricKeyResult(objective, "Signups", 0, 100, "lead");
        host.loggedInAs("lead");
        ProjectOkrs before = okr().projectOkrs.forProject("MKT", cycle.id());
        assertEquals(List.of(true, true, true), List.of(before.canCreateObjectives(), before.objectives().get(0).canEdit(),
                before.objectives().get(0).keyResults().get(0).canWork()));
        host.loggedInAs("admin");
        assertTrue(okr().companyOkrs.forCycle(cycle.id()).canEdit());
        cycles().start(cycle.id());
        cycles().close(cycle.id());

        host.loggedInAs("lead");
        ProjectOkrs after = okr().projectOkrs.forProject("MKT", cycle.id());
        assertEquals(List.of(false, false, false), List.of(after.canCreateObjectives(), after.objectives().get(0).canEdit(),
                after.objectives().get(0).keyResults().get(0).canWork()));
        host.loggedInAs("admin");
        assertEquals(false, okr().companyOkrs.forCycle(cycle.id()).canEdit());
    }

    @Test
    public void aClosedCycleStillRefusesWhoMayNotEditWithA403NotA409() {
        Cycle cycle = quarter();
        Objective objective = objective(cycle, "MKT", "Grow", "lead");
        host.loggedInAs("admin");
        cycles().start(cycle.id());
        cycles().close(cycle.id());

        host.loggedInAs("member");
        assertThrows(PermissionDeniedException.class, () -> okr().objectives.delete(objective.id()));
        host.loggedInAs("outsider");
        assertThrows(PermissionDeniedException.class, () -> okr().objectives.delete(objective.id()));
    }

    @Test
    public void anActiveCycleIsStillWorkedOn() {
        Cycle cycle = quarter();
        Objective objective = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(objective, "Signups", 0, 100, "lead");
        host.loggedInAs("admin");
        cycles().start(cycle.id());

        host.loggedInAs("member");
        assertEquals(0.2, okr().checkIns.record(signups.id(), new CheckInDraft(20.0, "ON_TRACK", "")).progress(), 1e-9);
    }

    @Test
    public void eachCycleSaysWhichOthersItOverlaps() {
        Cycle q1 = quarter();
        host.loggedInAs("admin");
        Cycle sprint = cycles().create(new CycleDraft("Spring sprint", "2027-03-15", "2027-04-30")).cycle();
        Cycle q2 = cycles().create(new CycleDraft("2027 Q2", "2027-04-01", "2027-06-30")).cycle();

        assertEquals(List.of(sprint), cycles().get(q1.id()).overlaps());
        assertEquals(List.of(q1, q2), cycles().get(sprint.id()).overlaps());
        assertEquals(List.of(q2.id(), sprint.id(), q1.id()),
                cycles().list(PageRequest.first(10)).values().stream().map(shown -> shown.cycle().id()).toList());
        assertEquals(List.of(List.of(sprint), List.of(q1, q2), List.of(sprint)),
                cycles().list(PageRequest.first(10)).values().stream().map(CycleWithOverlaps::overlaps).toList());
        // An edit that moves a cycle away from the others leaves it alone.
        assertEquals(List.of(), cycles().update(sprint.id(), new CycleDraft("Summer sprint", "2027-07-01", "2027-08-15"), 1)
                .overlaps());
    }

    @Test
    public void listingCyclesWithTheirOverlapsTakesOneStatementHoweverManyThereAre() {
        quarter();
        int one = statementsForList();
        host.loggedInAs("admin");
        for (int month = 2; month <= 9; month++) {
            cycles().create(new CycleDraft("C" + month, String.format("2027-%02d-01", month), null));
        }

        assertEquals(one, statementsForList());
        assertEquals(1, one);
    }

    private int statementsForList() {
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            cycles().list(PageRequest.first(50));
            return log.count();
        }
    }

    private void assertClosed(String expected, ThrowingRunnable write) {
        assertEquals(expected, message(assertThrows(ConflictException.class, write)));
    }
}
