package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

/** The rules of closing into the next cycle: what is unfinished, the next cycle, targets, decisions and copies. */
public class CarryOverTest {

    private static Cycle cycle(long id, String start, String end, CycleState state) {
        return new Cycle(id, "C" + id, LocalDate.parse(start), LocalDate.parse(end), state);
    }

    private final Cycle q1 = cycle(1, "2027-01-01", "2027-03-31", CycleState.ACTIVE);

    @Test
    public void onlyKeyResultsUnderFullProgressAreUnfinished() {
        assertTrue(CarryOver.unfinished(0));
        assertTrue(CarryOver.unfinished(0.99));
        assertFalse(CarryOver.unfinished(1));
    }

    @Test
    public void theNextCycleIsTheEarliestOpenOneStartingAfterThisOneEnds() {
        Cycle q3 = cycle(3, "2027-07-01", "2027-09-30", CycleState.PLANNING);
        Cycle q2 = cycle(2, "2027-04-01", "2027-06-30", CycleState.PLANNING);
        Cycle overlapping = cycle(4, "2027-03-15", "2027-05-31", CycleState.PLANNING);
        Cycle closedLater = cycle(5, "2027-04-01", "2027-04-10", CycleState.CLOSED);
        Cycle earlier = cycle(6, "2026-10-01", "2026-12-31", CycleState.ACTIVE);

        assertEquals(Optional.of(q2), CarryOver.nextCycle(q1, List.of(q3, q1, overlapping, closedLater, earlier, q2)));
        // An active later cycle counts too; between two starting the same day, the first created.
        Cycle activeTwin = cycle(7, "2027-04-01", "2027-06-30", CycleState.ACTIVE);
        assertEquals(Optional.of(q2), CarryOver.nextCycle(q1, List.of(activeTwin, q2)));
        assertEquals(Optional.of(activeTwin), CarryOver.nextCycle(q1, List.of(activeTwin, q3)));
        // Nothing later and open: no next cycle; none is made up.
        assertEquals(Optional.empty(), CarryOver.nextCycle(q1, List.of(q1, overlapping, closedLater, earlier)));
    }

    @Test
    public void anyOpenCycleButItselfMayReceiveKeyResultsEarliestFirst() {
        Cycle q2 = cycle(2, "2027-04-01", "2027-06-30", CycleState.PLANNING);
        Cycle closed = cycle(5, "2026-10-01", "2026-12-31", CycleState.CLOSED);
        Cycle pilot = cycle(4, "2027-03-15", "2027-05-31", CycleState.ACTIVE);

        assertEquals(List.of(pilot, q2), CarryOver.targets(q1, List.of(q2, q1, closed, pilot)));
        assertEquals(Optional.empty(), CarryOver.targetRefusal(q1, q2));
        assertEquals(Optional.empty(), CarryOver.targetRefusal(q1, pilot));
        assertEquals(Optional.of("capokr.carry.error.sameCycle"), CarryOver.targetRefusal(q1, q1));
        assertEquals(Optional.of("capokr.carry.error.targetClosed"), CarryOver.targetRefusal(q1, closed));
    }

    @Test
    public void carryingIsFinalButADropMayBecomeACarry() {
        assertEquals(Optional.empty(), CarryOver.decisionRefusal(null, CloseOutcome.CARRIED));
        assertEquals(Optional.empty(), CarryOver.decisionRefusal(null, CloseOutcome.DROPPED));
        assertEquals(Optional.empty(), CarryOver.decisionRefusal(CloseOutcome.DROPPED, CloseOutcome.CARRIED));
        assertEquals(Optional.empty(), CarryOver.decisionRefusal(CloseOutcome.DROPPED, CloseOutcome.DROPPED));
        assertEquals(Optional.of("capokr.carry.error.alreadyCarried"), CarryOver.decisionRefusal(CloseOutcome.CARRIED, CloseOutcome.CARRIED));
        assertEquals(Optional.of("capokr.carry.error.carriedNotDropped"), CarryOver.decisionRefusal(CloseOutcome.CARRIED, CloseOutcome.DROPPED));
    }

    @Test
    public void aCarryWhoseCopyWasDeletedNoLongerHolds() {
        assertEquals(CloseOutcome.CARRIED, CarryOver.standing(CloseOutcome.CARRIED, true));
        assertNull(CarryOver.standing(CloseOutcome.CARRIED, false));
        assertEquals(CloseOutcome.DROPPED, CarryOver.standing(CloseOutcome.DROPPED, false));
        assertNull(CarryOver.standing(null, false));
    }

    @Test
    public void aCarriedMetricMeasuresTheRestOfTheWayFromTheValueReached() {
        Measure carried = CarryOver.carriedMeasure(new Measure.Metric(10, 110, 60, "leads", Direction.INCREASE));

        assertEquals(new Measure.Metric(60, 110, 60, "leads", Direction.INCREASE), carried);
        assertEquals(0, carried.progress(new Tally()), 0);
        Measure down = CarryOver.carriedMeasure(new Measure.Metric(40, 10, 25, "days", Direction.DECREASE));
        assertEquals(new Measure.Metric(25, 10, 25, "days", Direction.DECREASE), down);
        // A band to maintain keeps its band: moving it would change what is maintained.
        Measure band = new Measure.Metric(95, 99, 90, "%", Direction.MAINTAIN);
        assertEquals(band, CarryOver.carriedMeasure(band));
    }

    @Test
    public void aMilestoneIsStillToDoAndIssuesKeepTheirWeighting() {
        assertEquals(new Measure.Milestone(false), CarryOver.carriedMeasure(new Measure.Milestone(false)));
        assertEquals(new Measure.Issues(IssueWeighting.STORY_POINTS),
                CarryOver.carriedMeasure(new Measure.Issues(IssueWeighting.STORY_POINTS)));
    }

    @Test
    public void onlyOpenIssuesGoWithACarriedKeyResult() {
        assertTrue(CarryOver.carriesLink(StatusCategory.TO_DO));
        assertTrue(CarryOver.carriesLink(StatusCategory.IN_PROGRESS));
        assertFalse(CarryOver.carriesLink(StatusCategory.DONE));
    }

    @Test
    public void aCopiedObjectiveAlignsToItsParentInTheTargetCycleOrToTheParentsCopyOrToNothing() {
        Set<Long> inTarget = Set.of(50L, 51L);
        Map<Long, Long> copies = Map.of(7L, 51L);

        assertNull(CarryOver.carriedParent(null, inTarget::contains, copies));
        assertEquals(Long.valueOf(50), CarryOver.carriedParent(50L, inTarget::contains, copies));
        assertEquals(Long.valueOf(51), CarryOver.carriedParent(7L, inTarget::contains, copies));
        assertNull("a parent left in the closed cycle is not pointed at", CarryOver.carriedParent(8L, inTarget::contains, copies));
    }
}
