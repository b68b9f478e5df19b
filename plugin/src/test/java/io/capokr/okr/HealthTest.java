package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

public class HealthTest {

    @Test
    public void atNinetyPercentOfExpectedItIsOnTrack() {
        assertEquals(Health.ON_TRACK, Health.of(0.45, 0.5, true));
        assertEquals(Health.ON_TRACK, Health.of(0.9 * 0.8, 0.8, true));
        assertEquals(Health.ON_TRACK, Health.of(0.9, 1.0, true));
        assertEquals(Health.ON_TRACK, Health.of(1.0, 0.5, true));
    }

    @Test
    public void justBelowNinetyPercentItIsAtRisk() {
        assertEquals(Health.AT_RISK, Health.of(Math.nextDown(0.45), 0.5, true));
        assertEquals(Health.AT_RISK, Health.of(Math.nextDown(0.9 * 0.8), 0.8, true));
    }

    @Test
    public void atSixtyPercentOfExpectedItIsStillAtRisk() {
        assertEquals(Health.AT_RISK, Health.of(0.3, 0.5, true));
        assertEquals(Health.AT_RISK, Health.of(0.6 * 0.8, 0.8, true));
        assertEquals(Health.AT_RISK, Health.of(0.6, 1.0, true));
    }

    @Test
    public void belowSixtyPercentOfExpectedItIsOffTrack() {
        assertEquals(Health.OFF_TRACK, Health.of(Math.nextDown(0.3), 0.5, true));
        assertEquals(Health.OFF_TRACK, Health.of(Math.nextDown(0.6 * 0.8), 0.8, true));
        assertEquals(Health.OFF_TRACK, Health.of(0.0, 1.0, true));
    }

    @Test
    public void onTheFirstDayNothingIsExpectedSoEverythingIsOnTrack() {
        assertEquals(Health.ON_TRACK, Health.of(0.0, 0.0, true));
    }

    @Test
    public void beforeTheCycleStartsNothingIsLate() {
        assertEquals(Health.NOT_STARTED, Health.of(0.0, 0.0, false));
        assertEquals(Health.NOT_STARTED, Health.of(0.0, 1.0, false));
        assertEquals(Health.NOT_STARTED, Health.of(1.0, 0.0, false));
    }

    @Test
    public void readsTheCycleCalendar() {
        Cycle cycle = new Cycle(1, "C", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 11), CycleState.ACTIVE);
        LocalDate middle = LocalDate.of(2027, 1, 6);
        LocalDate before = LocalDate.of(2026, 12, 31);

        double expected = Progress.expected(cycle, middle);
        assertEquals(Health.ON_TRACK, Health.of(0.45, expected, Progress.started(cycle, middle)));
        assertEquals(Health.AT_RISK, Health.of(0.3, expected, Progress.started(cycle, middle)));
        assertEquals(Health.OFF_TRACK, Health.of(0.2, expected, Progress.started(cycle, middle)));
        assertEquals(Health.NOT_STARTED,
                Health.of(0.0, Progress.expected(cycle, before), Progress.started(cycle, before)));
    }
}
