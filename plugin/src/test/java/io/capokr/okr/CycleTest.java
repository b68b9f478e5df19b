package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

public class CycleTest {

    @Test
    public void aQuarterIsNinetyDaysAndALeapYear366() {
        assertEquals(90, new Cycle(1, "Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), CycleState.PLANNING)
                .lengthInDays());
        assertEquals(91, new Cycle(1, "Q1", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31), CycleState.PLANNING)
                .lengthInDays());
        assertEquals(366, new Cycle(1, "2028", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), CycleState.ACTIVE)
                .lengthInDays());
    }

    @Test(expected = NullPointerException.class)
    public void aCycleHasAName() {
        new Cycle(1, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), CycleState.PLANNING);
    }

    @Test(expected = NullPointerException.class)
    public void aCycleHasAState() {
        new Cycle(1, "Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), null);
    }
}
