package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class GradeTest {

    @Test
    public void roundsToOneDecimalHalfUp() {
        assertEquals(0.7, new Grade(0.65).value(), 0);
        assertEquals(0.6, new Grade(0.649).value(), 0);
        assertEquals(0.1, new Grade(0.05).value(), 0);
        assertEquals(0.0, new Grade(0.04).value(), 0);
        assertEquals(1.0, new Grade(0.95).value(), 0);
        assertEquals(0.3, new Grade(0.25).value(), 0);
        assertEquals(0.0, new Grade(0).value(), 0);
        assertEquals(1.0, new Grade(1).value(), 0);
    }

    @Test
    public void gradesThatRoundAlikeAreEqual() {
        assertEquals(new Grade(0.7), new Grade(0.65));
    }

    @Test
    public void greenFromPointSeven() {
        assertEquals(Grade.Band.GREEN, new Grade(1.0).band());
        assertEquals(Grade.Band.GREEN, new Grade(0.7).band());
        assertEquals(Grade.Band.GREEN, new Grade(0.65).band());
    }

    @Test
    public void yellowFromPointFourToPointSix() {
        assertEquals(Grade.Band.YELLOW, new Grade(0.6).band());
        assertEquals(Grade.Band.YELLOW, new Grade(0.649).band());
        assertEquals(Grade.Band.YELLOW, new Grade(0.4).band());
        assertEquals(Grade.Band.YELLOW, new Grade(0.35).band());
    }

    @Test
    public void redBelowPointFour() {
        assertEquals(Grade.Band.RED, new Grade(0.349).band());
        assertEquals(Grade.Band.RED, new Grade(0.3).band());
        assertEquals(Grade.Band.RED, new Grade(0).band());
    }

    @Test
    public void aCommittedObjectiveBelowOneIsAMiss() {
        assertTrue(new Grade(0.9).isMiss(ObjectiveType.COMMITTED));
        assertTrue(new Grade(0).isMiss(ObjectiveType.COMMITTED));
        assertFalse(new Grade(1.0).isMiss(ObjectiveType.COMMITTED));
        assertFalse(new Grade(0.95).isMiss(ObjectiveType.COMMITTED)); // rounds to 1.0
    }

    @Test
    public void anAspirationalObjectiveNeverMisses() {
        assertFalse(new Grade(0).isMiss(ObjectiveType.ASPIRATIONAL));
        assertFalse(new Grade(0.3).isMiss(ObjectiveType.ASPIRATIONAL));
        assertFalse(new Grade(1).isMiss(ObjectiveType.ASPIRATIONAL));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aGradeBelowZeroIsRefused() {
        new Grade(-0.01);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aGradeAboveOneIsRefused() {
        new Grade(1.01);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aGradeThatIsNotANumberIsRefused() {
        new Grade(Double.NaN);
    }

    @Test
    public void theSuggestedGradeIsTheProgressClampedAndRounded() {
        assertEquals(new Grade(0.7), Grade.suggestedFor(0.65));
        assertEquals(new Grade(1.0), Grade.suggestedFor(1.5));
        assertEquals(new Grade(0.0), Grade.suggestedFor(-0.2));
        assertEquals(new Grade(0.0), Grade.suggestedFor(Double.NaN));
    }
}
