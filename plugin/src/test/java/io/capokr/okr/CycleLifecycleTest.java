package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** A cycle's life (start, close, edit, delete) and overlaps between cycles. */
public class CycleLifecycleTest {

    private static Cycle cycle(long id, String start, String end, CycleState state) {
        return new Cycle(id, "C" + id, LocalDate.parse(start), LocalDate.parse(end), state, 1);
    }

    private static Cycle inState(CycleState state) {
        return cycle(1, "2027-01-01", "2027-03-31", state);
    }

    @Test
    public void aPlannedCycleStartsAndAnActiveOneCloses() {
        assertEquals(Optional.empty(), CycleTransition.START.refusal(inState(CycleState.PLANNING)));
        assertEquals(Optional.empty(), CycleTransition.CLOSE.refusal(inState(CycleState.ACTIVE)));
        assertEquals(CycleState.ACTIVE, CycleTransition.START.to());
        assertEquals(CycleState.CLOSED, CycleTransition.CLOSE.to());
    }

    @Test
    public void everyOtherMoveIsRefusedSayingWhereTheCycleIs() {
        assertEquals(Optional.of("capokr.error.cycle.start.active"), CycleTransition.START.refusal(inState(CycleState.ACTIVE)));
        assertEquals(Optional.of("capokr.error.cycle.start.closed"), CycleTransition.START.refusal(inState(CycleState.CLOSED)));
        assertEquals(Optional.of("capokr.error.cycle.close.planning"), CycleTransition.CLOSE.refusal(inState(CycleState.PLANNING)));
        assertEquals(Optional.of("capokr.error.cycle.close.closed"), CycleTransition.CLOSE.refusal(inState(CycleState.CLOSED)));
    }

    @Test
    public void onlyAClosedCycleCannotBeRenamedOrRescheduled() {
        assertEquals(Optional.empty(), CycleRules.editRefusal(inState(CycleState.PLANNING)));
        assertEquals(Optional.empty(), CycleRules.editRefusal(inState(CycleState.ACTIVE)));
        assertEquals(Optional.of("capokr.error.cycle.closed.edit"), CycleRules.editRefusal(inState(CycleState.CLOSED)));
    }

    @Test
    public void onlyAnEmptyPlannedCycleCanBeDeleted() {
        assertEquals(Optional.empty(), CycleRules.deleteRefusal(inState(CycleState.PLANNING), 0));
        assertEquals(Optional.of("capokr.error.cycle.delete.hasObjectives"), CycleRules.deleteRefusal(inState(CycleState.PLANNING), 2));
        assertEquals(Optional.of("capokr.error.cycle.delete.active"), CycleRules.deleteRefusal(inState(CycleState.ACTIVE), 0));
        assertEquals(Optional.of("capokr.error.cycle.delete.closed"), CycleRules.deleteRefusal(inState(CycleState.CLOSED), 0));
    }

    @Test
    public void cyclesOverlapWhenTheyShareADayBothEndsIncluded() {
        Cycle q1 = cycle(1, "2027-01-01", "2027-03-31", CycleState.ACTIVE);
        assertTrue(q1.overlaps(cycle(2, "2027-03-31", "2027-06-30", CycleState.PLANNING)));
        assertTrue(q1.overlaps(cycle(3, "2026-12-01", "2027-01-01", CycleState.CLOSED)));
        assertTrue(q1.overlaps(cycle(4, "2027-02-01", "2027-02-14", CycleState.PLANNING)));
        assertTrue(q1.overlaps(cycle(5, "2026-01-01", "2027-12-31", CycleState.PLANNING)));
        assertFalse(q1.overlaps(cycle(6, "2027-04-01", "2027-06-30", CycleState.PLANNING)));
        assertFalse(q1.overlaps(cycle(7, "2026-10-01", "2026-12-31", CycleState.CLOSED)));
    }

    @Test
    public void overlappingListsTheOthersEarliestFirstButNeverTheCycleItself() {
        Cycle q1 = cycle(1, "2027-01-01", "2027-03-31", CycleState.ACTIVE);
        Cycle sprint = cycle(2, "2027-03-01", "2027-04-15", CycleState.PLANNING);
        Cycle year = cycle(3, "2027-01-01", "2027-12-31", CycleState.PLANNING);
        Cycle q3 = cycle(4, "2027-07-01", "2027-09-30", CycleState.PLANNING);
        List<Cycle> all = List.of(q3, sprint, year, q1);

        assertEquals(List.of(year, sprint), CycleRules.overlapping(q1, all));
        assertEquals(List.of(q1, year), CycleRules.overlapping(sprint, all));
        assertEquals(List.of(q1, sprint, q3), CycleRules.overlapping(year, all));
        assertEquals(List.of(year), CycleRules.overlapping(q3, all));
    }

    @Test
    public void aRenameMayKeepItsOwnNameButNotTakeAnothers() {
        Cycle q1 = new Cycle(1, "2027 Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), CycleState.ACTIVE, 4);
        Cycle q2 = new Cycle(2, "2027 Q2", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), CycleState.PLANNING, 1);

        assertTrue(CycleRules.nameProblems("2027 q1", 1, List.of(q1, q2)).isEmpty());
        assertEquals(List.of(FieldProblem.of("name", "capokr.error.cycle.name.taken", "2027 q2")),
                CycleRules.nameProblems("2027 q2", 1, List.of(q1, q2)));
    }

    @Test
    public void anEditReplacesNameAndDatesAndKeepsIdStateAndVersion() {
        Cycle q1 = new Cycle(7, "2027 Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), CycleState.ACTIVE, 3);

        assertEquals(new Cycle(7, "Q1 bis", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 14), CycleState.ACTIVE, 3),
                new CycleDraft(" Q1 bis ", "2027-01-15", null).applyTo(q1, CycleRules.DEFAULT_LENGTH_DAYS));
    }
}
