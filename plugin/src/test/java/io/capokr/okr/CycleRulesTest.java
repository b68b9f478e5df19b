package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class CycleRulesTest {

    private static final Cycle Q1 =
            new Cycle(1, "2027 Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), CycleState.ACTIVE);

    @Test
    public void lengthCountsBothEndsAndLeapDays() {
        assertEquals(366, CycleRules.lengthInDays(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)));
        assertEquals(365, CycleRules.lengthInDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        assertEquals(1, CycleRules.lengthInDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void theDefaultEndIsNinetyDaysLaterBothEndsIncluded() {
        assertEquals(LocalDate.of(2027, 3, 31), CycleRules.defaultEndFor(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2028, 3, 30), CycleRules.defaultEndFor(LocalDate.of(2028, 1, 1)));
        assertEquals(LocalDate.of(2028, 4, 30), CycleRules.defaultEndFor(LocalDate.of(2028, 2, 1)));
        assertEquals(LocalDate.of(2027, 5, 1), CycleRules.defaultEndFor(LocalDate.of(2027, 2, 1)));
    }

    @Test
    public void aNameIsTakenWhateverItsCase() {
        assertEquals(List.of(FieldProblem.of("name", "capokr.error.cycle.name.taken", "2027 q1")),
                CycleRules.nameProblems("2027 q1", List.of(Q1)));
        assertTrue(CycleRules.nameProblems("2027 Q2", List.of(Q1)).isEmpty());
        assertTrue(CycleRules.nameProblems("2027 Q1", List.of()).isEmpty());
    }
}
