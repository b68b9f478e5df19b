package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class ProgressTest {

    private static Cycle cycle(String start, String end) {
        return new Cycle(1, "C", LocalDate.parse(start), LocalDate.parse(end), CycleState.ACTIVE);
    }

    private static double expected(Cycle cycle, String today) {
        return Progress.expected(cycle, LocalDate.parse(today));
    }

    private static KeyResultDraft milestoneWithWeight(Double weight) {
        return new KeyResultDraft("KR", "MILESTONE", null, null, null, null, null, null, null, weight);
    }

    @Test
    public void objectiveProgressIsTheWeightedMeanOfItsKeyResults() {
        assertEquals(0.75, Progress.ofObjective(List.of(
                new Progress.Weighted(1.0, 3),
                new Progress.Weighted(0.0, 1))), 0);
        assertEquals(0.55, Progress.ofObjective(List.of(
                new Progress.Weighted(0.1, 1),
                new Progress.Weighted(1.0, 1))), 1e-12);
    }

    @Test
    public void aMissingWeightCountsAsOne() {
        KeyResultDraft unweighted = milestoneWithWeight(null);
        KeyResultDraft doubled = milestoneWithWeight(2.0);

        assertTrue(unweighted.problems().isEmpty());
        assertEquals(1.0, unweighted.weightOrDefault(), 0);
        assertEquals(2.0, doubled.weightOrDefault(), 0);
        assertEquals(0.75, Progress.ofObjective(List.of(
                new Progress.Weighted(1.0, unweighted.weightOrDefault()),
                new Progress.Weighted(0.5, unweighted.weightOrDefault()))), 0);
        assertEquals(2.0 / 3, Progress.ofObjective(List.of(
                new Progress.Weighted(0.0, unweighted.weightOrDefault()),
                new Progress.Weighted(1.0, doubled.weightOrDefault()))), 1e-12);
    }

    @Test
    public void aKeyResultOfWeightZeroDoesNotCount() {
        assertEquals(0.5, Progress.ofObjective(List.of(
                new Progress.Weighted(1.0, 0),
                new Progress.Weighted(0.4, 2),
                new Progress.Weighted(0.6, 2))), 1e-12);
    }

    @Test
    public void whenEveryWeightIsZeroEachKeyResultCountsTheSame() {
        assertEquals(0.5, Progress.ofObjective(List.of(
                new Progress.Weighted(1.0, 0),
                new Progress.Weighted(0.0, 0),
                new Progress.Weighted(0.5, 0))), 0);
    }

    @Test
    public void anObjectiveWithoutKeyResultsHasProgressZero() {
        assertEquals(0.0, Progress.ofObjective(List.of()), 0);
    }

    @Test
    public void expectedProgressIsZeroAndTheCycleNotStartedBeforeItsFirstDay() {
        Cycle q1 = cycle("2027-01-01", "2027-03-31");
        LocalDate dayBefore = LocalDate.of(2026, 12, 31);

        assertEquals(0.0, Progress.expected(q1, dayBefore), 0);
        assertEquals(0.0, expected(q1, "2026-06-01"), 0);
        assertFalse(Progress.started(q1, dayBefore));
    }

    @Test
    public void onItsFirstDayTheCycleHasStartedAndExpectsNothingYet() {
        Cycle q1 = cycle("2027-01-01", "2027-03-31");

        assertEquals(0.0, expected(q1, "2027-01-01"), 0);
        assertTrue(Progress.started(q1, LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void onItsLastDayAndAfterTheCycleExpectsEverything() {
        Cycle q1 = cycle("2027-01-01", "2027-03-31");

        assertEquals(1.0, expected(q1, "2027-03-31"), 0);
        assertEquals(1.0, expected(q1, "2027-04-01"), 0);
        assertEquals(1.0, expected(q1, "2030-01-01"), 0);
        assertTrue(Progress.started(q1, LocalDate.of(2030, 1, 1)));
    }

    @Test
    public void inTheMiddleExpectedProgressIsTheShareOfDaysElapsed() {
        assertEquals(0.5, expected(cycle("2027-01-01", "2027-01-11"), "2027-01-06"), 0);
        // 2027-01-01 to 2027-03-31 is 89 days apart; 2027-02-15 is day 45
        assertEquals(45.0 / 89, expected(cycle("2027-01-01", "2027-03-31"), "2027-02-15"), 1e-12);
    }

    @Test
    public void aLeapYearCycleCountsTheTwentyNinthOfFebruary() {
        Cycle leapYear = cycle("2028-01-01", "2028-12-31");
        Cycle commonYear = cycle("2027-01-01", "2027-12-31");

        assertEquals(60.0 / 365, expected(leapYear, "2028-03-01"), 1e-12);
        assertEquals(59.0 / 364, expected(commonYear, "2027-03-01"), 1e-12);
        assertEquals(364.0 / 365, expected(leapYear, "2028-12-30"), 1e-12);
        assertEquals(1.0, expected(leapYear, "2028-12-31"), 0);
    }

    @Test
    public void aCycleSpanningTheTwentyNinthOfFebruaryMovesOnThatDay() {
        Cycle cycle = cycle("2028-02-15", "2028-03-15"); // 29 days apart in a leap year

        assertEquals(14.0 / 29, expected(cycle, "2028-02-29"), 1e-12);
        assertEquals(15.0 / 29, expected(cycle, "2028-03-01"), 1e-12);
        assertEquals(1.0, expected(cycle, "2028-03-15"), 0);
    }

    @Test
    public void clampKeepsValuesInZeroToOneAndTurnsNaNIntoZero() {
        assertEquals(0.0, Progress.clamp(-0.5), 0);
        assertEquals(1.0, Progress.clamp(1.5), 0);
        assertEquals(0.25, Progress.clamp(0.25), 0);
        assertEquals(0.0, Progress.clamp(Double.NaN), 0);
        assertEquals(1.0, Progress.clamp(Double.POSITIVE_INFINITY), 0);
    }
}
