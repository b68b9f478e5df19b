package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TallyTest {

    private static final Measure COUNT = new Measure.Issues(IssueWeighting.COUNT);
    private static final Measure POINTS = new Measure.Issues(IssueWeighting.STORY_POINTS);

    @Test
    public void countsEachStatusCategory() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, null)
                .add(StatusCategory.IN_PROGRESS, null)
                .add(StatusCategory.TO_DO, null)
                .add(StatusCategory.TO_DO, null);

        assertEquals(1, tally.done());
        assertEquals(1, tally.inProgress());
        assertEquals(2, tally.toDo());
        assertEquals(4, tally.total());
    }

    @Test
    public void byCountProgressIsDoneOverAll() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, 8.0)
                .add(StatusCategory.IN_PROGRESS, 1.0)
                .add(StatusCategory.TO_DO, 1.0)
                .add(StatusCategory.TO_DO, null);

        assertEquals(0.25, COUNT.progress(tally), 0);
    }

    @Test
    public void allDoneIsOneAndNoneDoneIsZero() {
        assertEquals(1.0, COUNT.progress(new Tally().add(StatusCategory.DONE, null).add(StatusCategory.DONE, null)), 0);
        assertEquals(0.0, COUNT.progress(new Tally().add(StatusCategory.IN_PROGRESS, null)), 0);
    }

    @Test
    public void aKeyResultWithNoContributingLinksHasProgressZeroAndIsFlagged() {
        assertEquals(0, new Tally().total());
        assertEquals(0.0, COUNT.progress(new Tally()), 0);
        assertEquals(0.0, POINTS.progress(new Tally()), 0);
        assertEquals(0.0, POINTS.progress(new Tally()), 0);
        assertTrue(Progress.hasNoInitiatives(COUNT, new Tally()));
        assertTrue(Progress.hasNoInitiatives(POINTS, new Tally()));
    }

    @Test
    public void oneContributingLinkIsEnoughToClearTheFlag() {
        assertFalse(Progress.hasNoInitiatives(COUNT, new Tally().add(StatusCategory.TO_DO, null)));
    }

    @Test
    public void metricsAndMilestonesAreNeverFlaggedForMissingInitiatives() {
        assertFalse(Progress.hasNoInitiatives(new Measure.Metric(0, 1, 0, "", Direction.INCREASE), new Tally()));
        assertFalse(Progress.hasNoInitiatives(new Measure.Milestone(false), new Tally()));
    }

    @Test
    public void byStoryPointsProgressIsDonePointsOverAllPoints() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, 3.0)
                .add(StatusCategory.IN_PROGRESS, 5.0)
                .add(StatusCategory.TO_DO, 2.0);

        assertEquals(0.3, POINTS.progress(tally), 1e-12);
    }

    @Test
    public void anIssueWithoutPointsWeighsTheMedianOfAnOddNumberOfOthers() {
        // others: 1, 2, 8 -> median 2
        Tally tally = new Tally()
                .add(StatusCategory.DONE, 1.0)
                .add(StatusCategory.TO_DO, 2.0)
                .add(StatusCategory.TO_DO, 8.0)
                .add(StatusCategory.DONE, null);

        assertEquals(3.0 / 13, POINTS.progress(tally), 1e-12);
    }

    @Test
    public void anIssueWithoutPointsWeighsTheMedianOfAnEvenNumberOfOthers() {
        // others: 1, 3, 5, 10 -> median (3 + 5) / 2 = 4
        Tally tally = new Tally()
                .add(StatusCategory.TO_DO, 10.0)
                .add(StatusCategory.DONE, 1.0)
                .add(StatusCategory.TO_DO, 5.0)
                .add(StatusCategory.TO_DO, 3.0)
                .add(StatusCategory.DONE, null);

        assertEquals(5.0 / 23, POINTS.progress(tally), 1e-12);
    }

    @Test
    public void whenNoIssueHasPointsEachWeighsOne() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, null)
                .add(StatusCategory.TO_DO, null)
                .add(StatusCategory.IN_PROGRESS, null);

        assertEquals(1.0 / 3, POINTS.progress(tally), 1e-12);
    }

    @Test
    public void whenAllPointsAreZeroEachIssueCountsOnce() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, 0.0)
                .add(StatusCategory.TO_DO, 0.0)
                .add(StatusCategory.TO_DO, null);

        assertEquals(1.0 / 3, POINTS.progress(tally), 1e-12);
    }

    @Test
    public void zeroPointIssuesAmongEstimatedOnesWeighNothing() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, 0.0)
                .add(StatusCategory.TO_DO, 4.0);

        assertEquals(0.0, POINTS.progress(tally), 0);
    }

    @Test
    public void negativePointsCountAsZero() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, -5.0)
                .add(StatusCategory.DONE, 1.0)
                .add(StatusCategory.TO_DO, 3.0);

        assertEquals(0.25, POINTS.progress(tally), 0);
    }

    @Test
    public void negativePointsCountAsZeroInTheMedianToo() {
        // others: -10 (as 0) and 4 -> median 2; the unestimated done issue weighs 2 of 6
        Tally tally = new Tally()
                .add(StatusCategory.TO_DO, -10.0)
                .add(StatusCategory.TO_DO, 4.0)
                .add(StatusCategory.DONE, null);

        assertEquals(2.0 / 6, POINTS.progress(tally), 1e-12);
    }
}
