package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/** A grade as someone chose it: steps of 0.1 from 0 to 1, and a reason when it is not the suggested one. */
public class GradeDraftTest {

    private static final Grade SUGGESTED = Grade.suggestedFor(0.66);

    private static List<String> fields(GradeDraft draft) {
        return draft.problems(SUGGESTED).stream().map(FieldProblem::field).toList();
    }

    @Test
    public void gradesAreTenthsFromZeroToOne() {
        for (int tenth = 0; tenth <= 10; tenth++) {
            assertTrue(tenth + "/10", GradeDraft.isStep(tenth / 10.0));
        }
        assertTrue("0.1 + 0.2 is a step, floating point aside", GradeDraft.isStep(0.1 + 0.2));
        assertFalse(GradeDraft.isStep(0.75));
        assertFalse(GradeDraft.isStep(1.1));
        assertFalse(GradeDraft.isStep(-0.1));
        assertFalse(GradeDraft.isStep(Double.NaN));
        assertEquals(List.of("grade"), fields(new GradeDraft(0.75, "why")));
        assertEquals(List.of("grade"), fields(new GradeDraft(null, null)));
        assertEquals(List.of("grade"), fields(new GradeDraft(2.0, "why")));
    }

    @Test
    public void theSuggestedGradeNeedsNoReasonAnyOtherDoes() {
        assertEquals(0.7, SUGGESTED.value(), 0);
        assertEquals(List.of(), fields(new GradeDraft(0.7, null)));
        assertNull(new GradeDraft(0.7, "  ").cleanReason());
        assertEquals(List.of("reason"), fields(new GradeDraft(0.5, " ")));
        FieldProblem problem = new GradeDraft(0.5, null).problems(SUGGESTED).get(0);
        assertEquals(List.of("0.7"), problem.arguments());
        assertEquals(List.of(), fields(new GradeDraft(0.5, "The market shrank")));
    }

    @Test
    public void aReasonFitsItsColumn() {
        assertEquals(List.of(), fields(new GradeDraft(0.5, "x".repeat(450))));
        assertEquals(List.of("reason"), fields(new GradeDraft(0.5, "x".repeat(451))));
    }
}
