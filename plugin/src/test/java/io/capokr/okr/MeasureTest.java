package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class MeasureTest {

    private static double progress(double start, double target, double current, Direction direction) {
        return new Measure.Metric(start, target, current, "", direction).progress(new Tally());
    }

    @Test
    public void anIncreasingMetricIsTheShareOfTheWayFromStartToTarget() {
        assertEquals(0.5, progress(10, 20, 15, Direction.INCREASE), 0);
        assertEquals(0.0, progress(10, 20, 10, Direction.INCREASE), 0);
        assertEquals(1.0, progress(10, 20, 20, Direction.INCREASE), 0);
        assertEquals(0.3, progress(0, 10, 3, Direction.INCREASE), 1e-12);
    }

    @Test
    public void aDecreasingMetricHasItsTargetBelowItsStart() {
        assertEquals(0.5, progress(100, 40, 70, Direction.DECREASE), 0);
        assertEquals(0.0, progress(100, 40, 100, Direction.DECREASE), 0);
        assertEquals(1.0, progress(100, 40, 40, Direction.DECREASE), 0);
        assertEquals(0.25, progress(8, 0, 6, Direction.DECREASE), 0);
    }

    @Test
    public void goingBeyondTheTargetIsClampedToOne() {
        assertEquals(1.0, progress(10, 20, 35, Direction.INCREASE), 0);
        assertEquals(1.0, progress(100, 40, 0, Direction.DECREASE), 0);
        assertEquals(1.0, progress(100, 40, -50, Direction.DECREASE), 0);
    }

    @Test
    public void fallingBehindTheStartIsClampedToZero() {
        assertEquals(0.0, progress(10, 20, 5, Direction.INCREASE), 0);
        assertEquals(0.0, progress(10, 20, -1000, Direction.INCREASE), 0);
        assertEquals(0.0, progress(100, 40, 120, Direction.DECREASE), 0);
    }

    @Test
    public void anIncreaseWhoseTargetEqualsItsStartIsReachedAtOrAboveIt() {
        assertEquals(1.0, progress(5, 5, 5, Direction.INCREASE), 0);
        assertEquals(1.0, progress(5, 5, 6, Direction.INCREASE), 0);
        assertEquals(0.0, progress(5, 5, 4.9, Direction.INCREASE), 0);
    }

    @Test
    public void aDecreaseWhoseTargetEqualsItsStartIsReachedAtOrBelowIt() {
        assertEquals(1.0, progress(5, 5, 5, Direction.DECREASE), 0);
        assertEquals(1.0, progress(5, 5, 4, Direction.DECREASE), 0);
        assertEquals(0.0, progress(5, 5, 5.1, Direction.DECREASE), 0);
    }

    @Test
    public void maintainIsOneInsideTheBandAndOnItsEdgesAndZeroOutside() {
        assertEquals(1.0, progress(2, 3, 2.5, Direction.MAINTAIN), 0);
        assertEquals(1.0, progress(2, 3, 2, Direction.MAINTAIN), 0);
        assertEquals(1.0, progress(2, 3, 3, Direction.MAINTAIN), 0);
        assertEquals(0.0, progress(2, 3, 1.99, Direction.MAINTAIN), 0);
        assertEquals(0.0, progress(2, 3, 3.01, Direction.MAINTAIN), 0);
    }

    @Test
    public void maintainAcceptsTheBandInEitherOrder() {
        assertEquals(1.0, progress(3, 2, 2.5, Direction.MAINTAIN), 0);
        assertEquals(1.0, progress(3, 2, 2, Direction.MAINTAIN), 0);
        assertEquals(1.0, progress(3, 2, 3, Direction.MAINTAIN), 0);
        assertEquals(0.0, progress(3, 2, 1.99, Direction.MAINTAIN), 0);
        assertEquals(0.0, progress(3, 2, 3.01, Direction.MAINTAIN), 0);
    }

    @Test
    public void maintainingASingleValueIsReachedOnlyOnIt() {
        assertEquals(1.0, progress(4, 4, 4, Direction.MAINTAIN), 0);
        assertEquals(0.0, progress(4, 4, 4.5, Direction.MAINTAIN), 0);
    }

    @Test
    public void withCurrentChangesOnlyTheCurrentValue() {
        Measure.Metric metric = new Measure.Metric(10, 20, 10, "users", Direction.INCREASE);

        Measure.Metric moved = metric.withCurrent(18);

        assertEquals(new Measure.Metric(10, 20, 18, "users", Direction.INCREASE), moved);
        assertEquals(0.8, moved.progress(new Tally()), 1e-12);
        assertEquals(10, metric.current(), 0);
    }

    @Test
    public void aMissingUnitIsEmpty() {
        assertEquals("", new Measure.Metric(0, 1, 0, null, Direction.INCREASE).unit());
    }

    @Test(expected = NullPointerException.class)
    public void aMetricNeedsADirection() {
        new Measure.Metric(0, 1, 0, "", null);
    }

    @Test
    public void aMilestoneIsDoneOrNot() {
        assertEquals(1.0, new Measure.Milestone(true).progress(new Tally()), 0);
        assertEquals(0.0, new Measure.Milestone(false).progress(new Tally()), 0);
    }

    @Test
    public void metricsAndMilestonesIgnoreLinkedIssues() {
        Tally allDone = new Tally().add(StatusCategory.DONE, 5.0);

        assertEquals(0.0, new Measure.Milestone(false).progress(allDone), 0);
        assertEquals(0.5, new Measure.Metric(0, 10, 5, "", Direction.INCREASE).progress(allDone), 0);
    }

    @Test
    public void issuesWeighByCountOrByStoryPoints() {
        Tally tally = new Tally()
                .add(StatusCategory.DONE, 1.0)
                .add(StatusCategory.TO_DO, 9.0);

        assertEquals(0.5, new Measure.Issues(IssueWeighting.COUNT).progress(tally), 0);
        assertEquals(0.1, new Measure.Issues(IssueWeighting.STORY_POINTS).progress(tally), 1e-12);
    }

    @Test(expected = NullPointerException.class)
    public void issuesNeedAWeighting() {
        new Measure.Issues(null);
    }
}
