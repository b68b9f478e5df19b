package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import io.capokr.okr.CalibrationWarning.Code;
import org.junit.Test;

public class CalibrationTest {

    /** 90 days from start to end, so a third is exactly 30 days in: 31 January. */
    private static final Cycle QUARTER = new Cycle(1, "Q", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-04-01"),
            CycleState.ACTIVE);
    private static final LocalDate THIRD = LocalDate.parse("2027-01-31");
    private static final LocalDate BEFORE_THIRD = THIRD.minusDays(1);

    private static KeyResult metric(double start, double target, String unit, Direction direction) {
        return new KeyResult(7, 3, "Signups", "lead", new Measure.Metric(start, target, start, unit, direction), 1, 0,
                null, 1, null);
    }

    private static KeyResult issues() {
        return new KeyResult(7, 3, "Ship", "lead", new Measure.Issues(IssueWeighting.COUNT), 1, 0, null, 1, null);
    }

    private static KeyResult milestone() {
        return new KeyResult(7, 3, "Launch", "lead", new Measure.Milestone(false), 1, 0, null, 1, null);
    }

    private static ProgressPoint at(String day, double progress) {
        return new ProgressPoint(LocalDate.parse(day), progress);
    }

    private static List<Code> codes(List<CalibrationWarning> warnings) {
        return warnings.stream().map(CalibrationWarning::code).toList();
    }

    private static List<Code> check(KeyResult keyResult, Tally tally, LocalDate today, List<ProgressPoint> history) {
        return codes(Calibration.ofKeyResult(keyResult, tally, QUARTER, today, history));
    }

    @Test
    public void aWellSetMetricHasNoWarning() {
        assertEquals(List.of(), check(metric(0, 100, "signups", Direction.INCREASE), new Tally(), BEFORE_THIRD, List.of()));
    }

    @Test
    public void aMetricWithoutUnitIsFlagged() {
        assertEquals(List.of(Code.METRIC_NO_UNIT), check(metric(0, 100, "", Direction.INCREASE), new Tally(), BEFORE_THIRD, List.of()));
        assertEquals(List.of(Code.METRIC_NO_UNIT), check(metric(0, 100, "  ", Direction.INCREASE), new Tally(), BEFORE_THIRD, List.of()));
        assertEquals(List.of(Code.METRIC_NO_UNIT), check(metric(0, 100, null, Direction.INCREASE), new Tally(), BEFORE_THIRD, List.of()));
    }

    @Test
    public void aMetricWhoseStartIsItsTargetIsFlaggedWhateverItsDirection() {
        for (Direction direction : Direction.values()) {
            assertEquals(direction.name(), List.of(Code.METRIC_START_EQUALS_TARGET),
                    check(metric(5, 5, "%", direction), new Tally(), BEFORE_THIRD, List.of()));
        }
        assertEquals(List.of(Code.METRIC_NO_UNIT, Code.METRIC_START_EQUALS_TARGET),
                check(metric(5, 5, "", Direction.INCREASE), new Tally(), BEFORE_THIRD, List.of()));
    }

    @Test
    public void anIssuesKeyResultNeedsAContributingIssue() {
        assertEquals(List.of(Code.ISSUES_NO_CONTRIBUTING_ISSUE), check(issues(), new Tally(), BEFORE_THIRD, List.of()));
        assertEquals(List.of(), check(issues(), new Tally().add(StatusCategory.TO_DO, null), BEFORE_THIRD, List.of()));
        // only issues measure by links: a milestone without any is fine
        assertEquals(List.of(), check(milestone(), new Tally(), BEFORE_THIRD, List.of()));
    }

    @Test
    public void theForecastWaitsForAThirdOfTheCycle() {
        List<ProgressPoint> slow = List.of(at("2027-01-01", 0), at("2027-01-11", 0.05));
        KeyResult keyResult = milestone();
        assertEquals(List.of(), check(keyResult, new Tally(), BEFORE_THIRD, slow));
        assertFalse(Calibration.thirdElapsed(QUARTER, BEFORE_THIRD));
        // exactly a third elapsed counts
        assertTrue(Calibration.thirdElapsed(QUARTER, THIRD));
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET), check(keyResult, new Tally(), THIRD, slow));
        assertFalse("nor before the cycle starts", Calibration.thirdElapsed(QUARTER, LocalDate.parse("2026-12-01")));
    }

    @Test
    public void theForecastWarningSaysWhereThePaceLeads() {
        List<CalibrationWarning> warnings = Calibration.ofKeyResult(milestone(), new Tally(), QUARTER, THIRD,
                List.of(at("2027-01-01", 0), at("2027-01-31", 0.2)));
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET), codes(warnings));
        // 0.2 in 30 days, 90 days long: 0.6 at the end
        assertEquals(List.of(60), warnings.get(0).arguments());
        assertEquals("capokr.calibration.FORECAST_BELOW_TARGET", warnings.get(0).messageKey());
    }

    @Test
    public void aKeyResultOnPaceHasNoForecastWarning() {
        assertEquals(List.of(), check(milestone(), new Tally(), THIRD, List.of(at("2027-01-01", 0), at("2027-01-31", 0.3))));
    }

    @Test
    public void fewerThanTwoPointsMakeNoForecast() {
        assertEquals(List.of(), check(milestone(), new Tally(), THIRD, List.of()));
        assertEquals(List.of(), check(milestone(), new Tally(), THIRD, List.of(at("2027-01-01", 0))));
        assertTrue(Calibration.forecast(List.of(at("2027-01-01", 0)), THIRD, QUARTER.endDate()).isEmpty());
        // a point after today does not count either
        assertTrue(Calibration.forecast(List.of(at("2027-01-01", 0), at("2027-02-10", 0.9)), THIRD, QUARTER.endDate())
                .isEmpty());
    }

    @Test
    public void theForecastIsALeastSquaresLineToTheEnd() {
        // exact line: 0.01 a day from 0 on 1 January gives 0.9 on 1 April
        assertEquals(0.9, Calibration.forecast(List.of(at("2027-01-01", 0), at("2027-01-11", 0.1), at("2027-01-31", 0.3)),
                THIRD, QUARTER.endDate()).getAsDouble(), 1e-9);
        // one late jump does not set the pace alone, as first-to-last would: (0,0) (10,0) (20,0) (30,0.3)
        double fit = Calibration.forecast(List.of(at("2027-01-01", 0), at("2027-01-11", 0), at("2027-01-21", 0),
                at("2027-01-31", 0.3)), THIRD, QUARTER.endDate()).getAsDouble();
        // slope 0.009 a day through the mean (15, 0.075): 0.075 + 0.009 × 75 = 0.75
        assertEquals(0.75, fit, 1e-9);
    }

    @Test
    public void aFlatHistoryForecastsWhereItStands() {
        assertEquals(0.4, Calibration.forecast(List.of(at("2027-01-01", 0.4), at("2027-01-15", 0.4)), THIRD,
                QUARTER.endDate()).getAsDouble(), 1e-9);
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET),
                check(milestone(), new Tally(), THIRD, List.of(at("2027-01-01", 0.4), at("2027-01-15", 0.4))));
        assertEquals(List.of(), check(milestone(), new Tally(), THIRD, List.of(at("2027-01-01", 0.8), at("2027-01-15", 0.8))));
    }

    @Test
    public void theLatestPointIsCarriedToTodaySoAStallFlattensThePace() {
        // 0.3 in ten days, then nothing for fifty: the last change's pace alone would promise 1.0 at the end
        List<ProgressPoint> stalled = List.of(at("2027-01-01", 0), at("2027-01-11", 0.3));
        LocalDate today = LocalDate.parse("2027-03-02");
        double forecast = Calibration.forecast(stalled, today, QUARTER.endDate()).getAsDouble();
        // (0, 0) (10, 0.3) (60, 0.3): slope 7 / 2066.67 through (23.33, 0.2), so 0.2 + 66.67 × slope at day 90
        assertEquals(0.2 + (90 - 70.0 / 3) * 7 / (6200.0 / 3), forecast, 1e-9);
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET), check(milestone(), new Tally(), today, stalled));
    }

    @Test
    public void aFallingProgressIsClampedAtZero() {
        // progress going backwards (a decreasing metric moving the wrong way) forecasts 0, not a negative share
        assertEquals(0, Calibration.forecast(List.of(at("2027-01-01", 0.5), at("2027-01-31", 0.1)), THIRD,
                QUARTER.endDate()).getAsDouble(), 0);
        // and a steep rise is clamped at 1
        assertEquals(1, Calibration.forecast(List.of(at("2027-01-01", 0), at("2027-01-31", 0.9)), THIRD,
                QUARTER.endDate()).getAsDouble(), 0);
    }

    @Test
    public void aDecreasingMetricIsForecastOnItsProgressNotItsValue() {
        // churn from 10 % down to 5 %: the value falls while progress rises, and progress is what the history keeps
        KeyResult churn = metric(10, 5, "%", Direction.DECREASE);
        assertEquals(List.of(), check(churn, new Tally(), THIRD, List.of(at("2027-01-01", 0), at("2027-01-31", 0.4))));
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET),
                check(churn, new Tally(), THIRD, List.of(at("2027-01-01", 0), at("2027-01-31", 0.1))));
    }

    @Test
    public void anObjectiveWantsOneToFiveKeyResults() {
        assertEquals(List.of(Code.OBJECTIVE_NO_KEY_RESULT), codes(Calibration.ofObjective(0)));
        assertEquals(List.of(), codes(Calibration.ofObjective(1)));
        assertEquals(List.of(), codes(Calibration.ofObjective(5)));
        assertEquals(List.of(Code.OBJECTIVE_TOO_MANY_KEY_RESULTS), codes(Calibration.ofObjective(6)));
        assertEquals(List.of(5), Calibration.ofObjective(6).get(0).arguments());
    }
}
