package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** When the mid-cycle review, the end-of-cycle review and grading open, and why they are refused before or after. */
public class ReviewWindowTest {

    private static final Cycle QUARTER = new Cycle(1, "2027 Q1", LocalDate.parse("2027-01-01"),
            LocalDate.parse("2027-03-31"), CycleState.ACTIVE);

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    public void theMidCycleReviewOpensOnTheMidpointAndTheEndOfCycleTwoWeeksBeforeTheLastDay() {
        assertEquals(day("2027-02-15"), ReviewWindow.midpoint(QUARTER));
        assertEquals(day("2027-03-18"), ReviewWindow.endOfCycleOpensOn(QUARTER));
        assertEquals(day("2027-02-15"), ReviewWindow.opensOn(ReviewKind.MID_CYCLE, QUARTER));
        assertEquals(day("2027-03-18"), ReviewWindow.opensOn(ReviewKind.END_OF_CYCLE, QUARTER));
    }

    @Test
    public void aShortCycleNeverOpensItsEndOfCycleBeforeItsMidpoint() {
        Cycle sprint = new Cycle(2, "Sprint", day("2027-01-01"), day("2027-01-14"), CycleState.ACTIVE);
        assertEquals(day("2027-01-08"), ReviewWindow.midpoint(sprint));
        assertEquals(day("2027-01-08"), ReviewWindow.endOfCycleOpensOn(sprint));
    }

    @Test
    public void beforeItOpensTheRefusalSaysTheDate() {
        assertEquals(Optional.of(new ReviewWindow.Refusal("capokr.review.error.midCycle.notYet", List.of("2027-02-15"))),
                ReviewWindow.reviewRefusal(ReviewKind.MID_CYCLE, QUARTER, day("2027-02-14")));
        assertEquals(Optional.empty(), ReviewWindow.reviewRefusal(ReviewKind.MID_CYCLE, QUARTER, day("2027-02-15")));
        assertEquals(Optional.empty(), ReviewWindow.reviewRefusal(ReviewKind.MID_CYCLE, QUARTER, day("2027-05-01")));
        assertEquals(Optional.of(new ReviewWindow.Refusal("capokr.review.error.endOfCycle.notYet", List.of("2027-03-18"))),
                ReviewWindow.reviewRefusal(ReviewKind.END_OF_CYCLE, QUARTER, day("2027-03-17")));
        assertEquals(Optional.of(new ReviewWindow.Refusal("capokr.grade.error.notYet", List.of("2027-03-18"))),
                ReviewWindow.gradingRefusal(QUARTER, day("2027-02-20")));
        assertEquals(Optional.empty(), ReviewWindow.gradingRefusal(QUARTER, day("2027-03-18")));
    }

    @Test
    public void aClosedCycleTakesGradesAndTheEndOfCycleReviewButNotTheMidCycleOne() {
        Cycle closed = QUARTER.inState(CycleState.CLOSED);
        assertEquals(Optional.of(new ReviewWindow.Refusal("capokr.review.error.midCycle.closed", List.of("2027 Q1"))),
                ReviewWindow.reviewRefusal(ReviewKind.MID_CYCLE, closed, day("2027-04-02")));
        assertEquals(Optional.empty(), ReviewWindow.reviewRefusal(ReviewKind.END_OF_CYCLE, closed, day("2027-04-02")));
        assertEquals(Optional.empty(), ReviewWindow.gradingRefusal(closed, day("2027-04-02")));
        // Closed early, before the window would have opened: grading is what is left to do.
        assertEquals(Optional.empty(), ReviewWindow.gradingRefusal(closed, day("2027-02-01")));
    }

    @Test
    public void nothingOpensWhileTheCycleIsPlanned() {
        Cycle planned = QUARTER.inState(CycleState.PLANNING);
        assertEquals("capokr.review.error.midCycle.planning",
                ReviewWindow.reviewRefusal(ReviewKind.MID_CYCLE, planned, day("2027-03-01")).orElseThrow().messageKey());
        assertEquals("capokr.review.error.endOfCycle.planning",
                ReviewWindow.reviewRefusal(ReviewKind.END_OF_CYCLE, planned, day("2027-03-30")).orElseThrow().messageKey());
        assertEquals(List.of("2027 Q1", "2027-03-18"),
                ReviewWindow.gradingRefusal(planned, day("2027-03-30")).orElseThrow().arguments());
    }

    @Test
    public void theMidCycleReviewIsDueFromTheMidpointWhileActiveUntilSaved() {
        assertFalse(ReviewWindow.midCycleDue(QUARTER, day("2027-02-14"), false));
        assertTrue(ReviewWindow.midCycleDue(QUARTER, day("2027-02-15"), false));
        assertFalse(ReviewWindow.midCycleDue(QUARTER, day("2027-02-15"), true));
        assertFalse(ReviewWindow.midCycleDue(QUARTER.inState(CycleState.CLOSED), day("2027-04-15"), false));
        assertFalse(ReviewWindow.midCycleDue(QUARTER.inState(CycleState.PLANNING), day("2027-02-20"), false));
    }
}
