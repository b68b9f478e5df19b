package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class MeasureSummaryTest {

    @Test
    public void aMetricReadsAsWhereItStandsAgainstItsTarget() {
        assertEquals(Phrase.of("capokr.measure.metric", 42.0, 60.0, "leads"),
                MeasureSummary.of(new Measure.Metric(0, 60, 42, "leads", Direction.INCREASE), new Tally()));
        assertEquals(Phrase.of("capokr.measure.metric.noUnit", 42.0, 60.0),
                MeasureSummary.of(new Measure.Metric(0, 60, 42, " ", Direction.INCREASE), new Tally()));
    }

    @Test
    public void aMetricGoingDownSaysWhereItIsGoing() {
        assertEquals(Phrase.of("capokr.measure.metric.down", 143.0, 120.0, "$"),
                MeasureSummary.of(new Measure.Metric(180, 120, 143, "$", Direction.DECREASE), new Tally()));
    }

    @Test
    public void aBandReadsAsItsLimitsLowestFirst() {
        assertEquals(Phrase.of("capokr.measure.metric.band", 41.0, 38.0, 45.0, "%"),
                MeasureSummary.of(new Measure.Metric(45, 38, 41, "%", Direction.MAINTAIN), new Tally()));
    }

    @Test
    public void aMilestoneIsDoneOrNot() {
        assertEquals(Phrase.of("capokr.measure.milestone.done"), MeasureSummary.of(new Measure.Milestone(true), new Tally()));
        assertEquals(Phrase.of("capokr.measure.milestone.open"), MeasureSummary.of(new Measure.Milestone(false), new Tally()));
    }

    @Test
    public void issuesCountOrWeighTheContributingOnes() {
        Tally tally = new Tally().add(StatusCategory.DONE, 5.0).add(StatusCategory.TO_DO, 8.0).add(StatusCategory.DONE, null);

        assertEquals(Phrase.of("capokr.measure.issues.count", 2, 3),
                MeasureSummary.of(new Measure.Issues(IssueWeighting.COUNT), tally));
        // the unestimated issue weighs the median of the others, 6.5
        assertEquals(Phrase.of("capokr.measure.issues.points", 11.5, 19.5),
                MeasureSummary.of(new Measure.Issues(IssueWeighting.STORY_POINTS), tally));
        assertEquals(Phrase.of("capokr.measure.issues.none"),
                MeasureSummary.of(new Measure.Issues(IssueWeighting.COUNT), new Tally()));
    }
}
