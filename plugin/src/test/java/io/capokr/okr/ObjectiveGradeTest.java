package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/** An objective's grade: the weighted mean of its key results' grades, given or suggested; and its miss. */
public class ObjectiveGradeTest {

    private static ObjectiveGrade.Part part(double grade, double weight) {
        return new ObjectiveGrade.Part(new Grade(grade), weight);
    }

    @Test
    public void weighsTheKeyResultsGrades() {
        assertEquals(0.85, ObjectiveGrade.of(List.of(part(1.0, 1), part(0.7, 1))).value(), 1e-9);
        assertEquals(0.78, ObjectiveGrade.of(List.of(part(1.0, 1), part(0.7, 3))).value(), 1e-9);
        assertEquals("weight 0 does not count", 1.0, ObjectiveGrade.of(List.of(part(1.0, 1), part(0.2, 0))).value(), 1e-9);
        assertEquals("no key results", 0.0, ObjectiveGrade.of(List.of()).value(), 0);
    }

    @Test
    public void anUngradedKeyResultCountsWithItsSuggestedGrade() {
        assertEquals(0.6, ObjectiveGrade.gradeOrSuggested(null, 0.64).value(), 0);
        assertEquals(0.9, ObjectiveGrade.gradeOrSuggested(0.9, 0.2).value(), 0);
    }

    @Test
    public void aCommittedObjectiveUnderOneIsAMissEvenWhenItsMeanWouldRoundToOne() {
        ObjectiveGrade nearly = ObjectiveGrade.of(List.of(part(1.0, 1), part(1.0, 1), part(0.9, 1)));
        assertEquals(0.97, nearly.value(), 1e-9);
        assertTrue(nearly.isMiss(ObjectiveType.COMMITTED));
        assertFalse(nearly.isMiss(ObjectiveType.ASPIRATIONAL));
        assertFalse(new ObjectiveGrade(1.0).isMiss(ObjectiveType.COMMITTED));
    }

    @Test
    public void bandsAsForKeyResults() {
        assertEquals(Grade.Band.GREEN, new ObjectiveGrade(0.7).band());
        assertEquals(Grade.Band.YELLOW, new ObjectiveGrade(0.69).band());
        assertEquals(Grade.Band.YELLOW, new ObjectiveGrade(0.4).band());
        assertEquals(Grade.Band.RED, new ObjectiveGrade(0.39).band());
    }
}
