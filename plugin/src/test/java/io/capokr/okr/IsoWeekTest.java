package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.Test;

public class IsoWeekTest {

    @Test
    public void aWeekRunsFromMondayToSunday() {
        IsoWeek week = IsoWeek.parse("2027-W07").orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 15), week.start());
        assertEquals(LocalDate.of(2027, 2, 21), week.end());
        assertEquals("2027-W06", week.previous().toString());
        assertEquals("2027-W08", week.next().toString());
        assertTrue(week.contains(LocalDate.of(2027, 2, 21)));
        assertFalse(week.contains(LocalDate.of(2027, 2, 22)));
    }

    @Test
    public void weekOneHoldsTheYearsFirstThursdaySoNewYearMayFallInTheOtherWeekYear() {
        // 1 January 2027 is a Friday: it belongs to the last week of 2026, which has 53 weeks.
        assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2027, 1, 1)).toString());
        assertEquals("2027-W01", IsoWeek.of(LocalDate.of(2027, 1, 4)).toString());
        assertEquals(LocalDate.of(2026, 12, 28), IsoWeek.parse("2026-W53").orElseThrow().start());
        // 31 December 2024 is a Tuesday: already week 1 of 2025.
        assertEquals("2025-W01", IsoWeek.of(LocalDate.of(2024, 12, 31)).toString());
        assertEquals("2027-W01", IsoWeek.parse("2026-W53").orElseThrow().next().toString());
        assertEquals("2026-W53", IsoWeek.parse("2027-W01").orElseThrow().previous().toString());
    }

    @Test
    public void onlyTheExactFormOfAnExistingWeekParses() {
        assertEquals(Optional.empty(), IsoWeek.parse("2027-W53"));
        assertEquals(Optional.empty(), IsoWeek.parse("2027-W00"));
        assertEquals(Optional.empty(), IsoWeek.parse("2027-W5"));
        assertEquals(Optional.empty(), IsoWeek.parse("2027W05"));
        assertEquals(Optional.empty(), IsoWeek.parse("2027-w05"));
        assertEquals(Optional.empty(), IsoWeek.parse("2027-02-15"));
        assertEquals(Optional.empty(), IsoWeek.parse(""));
        assertEquals(Optional.empty(), IsoWeek.parse(null));
        assertEquals("2027-W05", IsoWeek.parse(" 2027-W05 ").orElseThrow().toString());
    }

    @Test
    public void weeksSortAsTheirTextDoes() {
        IsoWeek a = IsoWeek.parse("2026-W53").orElseThrow();
        IsoWeek b = IsoWeek.parse("2027-W01").orElseThrow();
        assertTrue(a.compareTo(b) < 0);
        assertTrue(a.toString().compareTo(b.toString()) < 0);
    }

    @Test
    public void aWeekOverlapsACycleWhenTheyShareADay() {
        Cycle q1 = new Cycle(1, "2027 Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), CycleState.ACTIVE);
        assertTrue(IsoWeek.parse("2026-W53").orElseThrow().overlaps(q1));
        assertTrue(IsoWeek.parse("2027-W13").orElseThrow().overlaps(q1));
        assertFalse(IsoWeek.parse("2027-W14").orElseThrow().overlaps(q1));
        assertFalse(IsoWeek.parse("2026-W52").orElseThrow().overlaps(q1));
    }

    @Test
    public void aWeekBeginningOnAnotherDayIsNamedByTheIsoWeekOfItsFirstDay() {
        // Thursday 31 December 2026 is in ISO week 2026-W53; Wednesday 6 January 2027 ends that meeting week.
        IsoWeek week = IsoWeek.of(LocalDate.of(2027, 1, 6), DayOfWeek.THURSDAY);

        assertEquals("2026-W53", week.toString());
        assertEquals(LocalDate.of(2026, 12, 31), week.start());
        assertEquals(LocalDate.of(2027, 1, 6), week.end());
        assertEquals(LocalDate.of(2027, 1, 7), week.next().start());
        assertEquals("2027-W01", week.next().toString());
        assertEquals(LocalDate.of(2026, 12, 24), week.previous().start());
    }

    @Test
    public void everyDayFallsInExactlyOneMeetingWeekWhateverItsFirstDay() {
        for (DayOfWeek first : DayOfWeek.values()) {
            LocalDate day = LocalDate.of(2026, 12, 20);
            for (int i = 0; i < 30; i++, day = day.plusDays(1)) {
                IsoWeek week = IsoWeek.of(day, first);
                assertTrue(first + " " + day, week.contains(day));
                assertEquals(first, week.start().getDayOfWeek());
                assertEquals("the name gives back the same days", week.start(),
                        IsoWeek.parse(week.toString()).orElseThrow().startingOn(first).start());
            }
        }
    }

    @Test
    public void mondayWeeksAreTheIsoWeeks() {
        assertEquals(IsoWeek.of(LocalDate.of(2027, 2, 17)), IsoWeek.of(LocalDate.of(2027, 2, 17), DayOfWeek.MONDAY));
        assertEquals(LocalDate.of(2027, 2, 15), IsoWeek.parse("2027-W07").orElseThrow().start());
    }
}
