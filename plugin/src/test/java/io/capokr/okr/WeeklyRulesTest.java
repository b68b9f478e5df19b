package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class WeeklyRulesTest {

    private static final IsoWeek W07 = IsoWeek.parse("2027-W07").orElseThrow(); // 15 to 21 February 2027

    private static ProgressPoint point(String day, double progress) {
        return new ProgressPoint(LocalDate.parse(day), progress);
    }

    @Test
    public void theDeltaRunsFromTheLastPointBeforeTheWeekToTheLastPointByItsEnd() {
        List<ProgressPoint> points = List.of(point("2027-02-01", 0.1), point("2027-02-14", 0.2),
                point("2027-02-17", 0.5), point("2027-02-25", 0.9));

        WeeklyRules.Delta delta = WeeklyRules.delta(points, W07, W07.end());

        assertEquals(0.2, delta.before(), 0);
        assertEquals(0.5, delta.after(), 0);
        assertEquals(0.3, delta.change(), 1e-9);
        assertEquals(WeeklyRules.Trend.UP, delta.trend());
    }

    @Test
    public void progressCanGoDownAndAQuietWeekIsNoChange() {
        List<ProgressPoint> points = List.of(point("2027-02-10", 0.6), point("2027-02-18", 0.4));
        assertEquals(WeeklyRules.Trend.DOWN, WeeklyRules.delta(points, W07, W07.end()).trend());
        assertEquals(-0.2, WeeklyRules.delta(points, W07, W07.end()).change(), 1e-9);

        WeeklyRules.Delta quiet = WeeklyRules.delta(List.of(point("2027-02-10", 0.6)), W07, W07.end());
        assertEquals(WeeklyRules.Trend.SAME, quiet.trend());
        assertEquals(0.0, quiet.change(), 0);
        // rounding noise is no change either
        assertEquals(WeeklyRules.Trend.SAME, new WeeklyRules.Delta(0.3, 0.1 + 0.2).trend());
    }

    @Test
    public void aKeyResultWithNoHistoryBeforeTheWeekIsNewNotUp() {
        WeeklyRules.Delta delta = WeeklyRules.delta(List.of(point("2027-02-16", 0.25)), W07, W07.end());
        assertNull(delta.before());
        assertNull(delta.change());
        assertEquals(WeeklyRules.Trend.NEW, delta.trend());
        assertEquals(0.25, delta.after(), 0);
    }

    @Test
    public void midWeekTheDeltaStopsAtTheDayAsked() {
        List<ProgressPoint> points = List.of(point("2027-02-14", 0.2), point("2027-02-16", 0.3), point("2027-02-19", 0.8));
        assertEquals(0.3, WeeklyRules.delta(points, W07, LocalDate.parse("2027-02-17")).after(), 0);
    }

    @Test
    public void sevenFullDaysWithoutACheckInIsTooLong() {
        Instant now = Instant.parse("2027-02-15T09:00:00Z");
        assertFalse(WeeklyRules.noRecentCheckIn(Instant.parse("2027-02-08T09:00:01Z"), now, true));
        assertTrue(WeeklyRules.noRecentCheckIn(Instant.parse("2027-02-08T09:00:00Z"), now, true));
        assertTrue("never checked in", WeeklyRules.noRecentCheckIn(null, now, true));
        assertFalse("nothing is overdue before the cycle starts", WeeklyRules.noRecentCheckIn(null, now, false));
        assertEquals(Long.valueOf(7), WeeklyRules.daysSince(Instant.parse("2027-02-08T09:00:00Z"), now));
        assertNull(WeeklyRules.daysSince(null, now));
    }
}
