package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class KeyResultDraftTest {

    private static final String EMOJI = "\uD83C\uDFAF";

    private static KeyResultDraft metric(Double start, Double target, Double current, String direction) {
        return new KeyResultDraft("Signups", "METRIC", start, target, current, null, direction, null, null, null);
    }

    private static KeyResultDraft ofMeasure(String measure) {
        return new KeyResultDraft("KR", measure, null, null, null, null, null, null, null, null);
    }

    private static KeyResultDraft weighing(Double weight) {
        return new KeyResultDraft("KR", "MILESTONE", null, null, null, null, null, null, null, weight);
    }

    private static KeyResultDraft issues(String weighting) {
        return new KeyResultDraft("KR", "ISSUES", null, null, null, null, null, null, weighting, null);
    }

    @Test
    public void aMetricStartsAtItsStartAndIncreasesWhenItsTargetIsAbove() {
        KeyResultDraft draft = new KeyResultDraft("  Grow signups ", "METRIC", 100.0, 250.0, null, " users/week ",
                null, null, null, null);

        assertTrue(draft.problems().isEmpty());
        assertEquals("Grow signups", draft.cleanTitle());
        assertEquals(new Measure.Metric(100, 250, 100, "users/week", Direction.INCREASE), draft.toMeasure());
    }

    @Test
    public void aTargetBelowTheStartImpliesDecrease() {
        assertEquals(new Measure.Metric(5, 2, 5, "", Direction.DECREASE), metric(5.0, 2.0, null, null).toMeasure());
    }

    @Test
    public void aTargetEqualToTheStartImpliesMaintain() {
        assertEquals(new Measure.Metric(3, 3, 3, "", Direction.MAINTAIN), metric(3.0, 3.0, null, "").toMeasure());
    }

    @Test
    public void aGivenCurrentValueIsKept() {
        assertEquals(new Measure.Metric(0, 10, 4, "", Direction.INCREASE), metric(0.0, 10.0, 4.0, null).toMeasure());
    }

    @Test
    public void theDirectionMayBeWrittenInAnyCase() {
        assertEquals(Direction.MAINTAIN, ((Measure.Metric) metric(2.0, 3.0, null, "maintain").toMeasure()).direction());
        assertEquals(Direction.MAINTAIN, ((Measure.Metric) metric(3.0, 2.0, null, " Maintain ").toMeasure()).direction());
        assertEquals(Direction.DECREASE, ((Measure.Metric) metric(9.0, 1.0, null, "Decrease").toMeasure()).direction());
        assertEquals(Direction.INCREASE, ((Measure.Metric) metric(1.0, 9.0, null, "increase").toMeasure()).direction());
    }

    @Test
    public void anUnknownDirectionIsAProblemOfTheDirection() {
        assertEquals(List.of(FieldProblem.of("direction", "capokr.error.choice", "INCREASE, DECREASE, MAINTAIN")),
                metric(1.0, 2.0, null, "sideways").problems());
    }

    @Test
    public void toIncreaseTheTargetMustBeAboveTheStart() {
        List<FieldProblem> problem = List.of(FieldProblem.of("target", "capokr.error.keyResult.target.above"));

        assertEquals(problem, metric(5.0, 5.0, null, "INCREASE").problems());
        assertEquals(problem, metric(5.0, 4.0, null, "INCREASE").problems());
    }

    @Test
    public void toDecreaseTheTargetMustBeBelowTheStart() {
        List<FieldProblem> problem = List.of(FieldProblem.of("target", "capokr.error.keyResult.target.below"));

        assertEquals(problem, metric(5.0, 5.0, null, "DECREASE").problems());
        assertEquals(problem, metric(5.0, 6.0, null, "decrease").problems());
    }

    @Test
    public void aMetricNeedsAStartAndATarget() {
        assertEquals(List.of(
                FieldProblem.of("start", "capokr.error.required"),
                FieldProblem.of("target", "capokr.error.required")), metric(null, null, null, null).problems());
        assertEquals(List.of(FieldProblem.of("target", "capokr.error.required")),
                metric(1.0, null, null, null).problems());
        assertEquals(List.of(FieldProblem.of("start", "capokr.error.required")),
                metric(null, 1.0, null, "INCREASE").problems());
    }

    @Test
    /** The unit's VARCHAR(32) column counts UTF-16 units (H2, SQL Server): an emoji takes two. */
    public void aMetricUnitHasAtMost32Utf16Units() {
        KeyResultDraft ok = new KeyResultDraft("KR", "METRIC", 0.0, 1.0, null, EMOJI.repeat(16), null, null, null, null);
        KeyResultDraft tooLong = new KeyResultDraft("KR", "METRIC", 0.0, 1.0, null, "u".repeat(33), null, null, null, null);
        KeyResultDraft tooManyEmoji = new KeyResultDraft("KR", "METRIC", 0.0, 1.0, null, EMOJI.repeat(17), null, null,
                null, null);

        assertTrue(ok.problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("unit", "capokr.error.tooLong", 32)), tooLong.problems());
        assertEquals(List.of(FieldProblem.of("unit", "capokr.error.tooLong", 32)), tooManyEmoji.problems());
    }

    @Test
    public void numbersMustFitWhatActiveObjectsStores() {
        assertEquals(List.of(FieldProblem.of("start", "capokr.error.number")),
                metric(-1e39, 1.0, null, null).problems());
        assertEquals(List.of(FieldProblem.of("target", "capokr.error.number")),
                metric(0.0, 1e39, null, null).problems());
        assertEquals(List.of(FieldProblem.of("current", "capokr.error.number")),
                metric(0.0, 1.0, -1e39, null).problems());
        assertTrue(metric(-3.4e38, 3.4e38, 0.0, null).problems().isEmpty());
    }

    @Test
    public void theMeasureIsRequiredAndMayBeWrittenInAnyCase() {
        assertEquals(List.of(FieldProblem.of("measure", "capokr.error.required")), ofMeasure(null).problems());
        assertEquals(List.of(FieldProblem.of("measure", "capokr.error.required")), ofMeasure("  ").problems());
        assertEquals(List.of(FieldProblem.of("measure", "capokr.error.choice", "METRIC, MILESTONE, ISSUES")),
                ofMeasure("kpi").problems());
        assertEquals(new Measure.Milestone(false), ofMeasure("milestone").toMeasure());
        assertEquals(new Measure.Issues(IssueWeighting.COUNT), ofMeasure(" Issues ").toMeasure());
    }

    @Test
    public void aMilestoneIsNotDoneUnlessSaid() {
        assertEquals(new Measure.Milestone(false), ofMeasure("MILESTONE").toMeasure());
        assertEquals(new Measure.Milestone(true),
                new KeyResultDraft("KR", "MILESTONE", null, null, null, null, null, true, null, null).toMeasure());
        assertEquals(new Measure.Milestone(false),
                new KeyResultDraft("KR", "MILESTONE", null, null, null, null, null, false, null, null).toMeasure());
    }

    @Test
    public void issuesCountByDefaultOrWeighByStoryPoints() {
        assertEquals(new Measure.Issues(IssueWeighting.COUNT), issues(null).toMeasure());
        assertEquals(new Measure.Issues(IssueWeighting.COUNT), issues("count").toMeasure());
        assertEquals(new Measure.Issues(IssueWeighting.STORY_POINTS), issues("story_points").toMeasure());
        assertEquals(new Measure.Issues(IssueWeighting.STORY_POINTS), issues("Story_Points").toMeasure());
        assertEquals(List.of(FieldProblem.of("weighting", "capokr.error.choice", "COUNT, STORY_POINTS")),
                issues("hours").problems());
    }

    @Test
    public void fieldsOfOtherMeasuresAreIgnored() {
        KeyResultDraft draft = new KeyResultDraft("KR", "MILESTONE", null, null, null, "u".repeat(99), "sideways",
                null, "hours", null);

        assertTrue(draft.problems().isEmpty());
    }

    @Test
    public void weightsGoFromZeroToAThousand() {
        assertTrue(weighing(0.0).problems().isEmpty());
        assertTrue(weighing(1000.0).problems().isEmpty());
        assertTrue(weighing(0.5).problems().isEmpty());
        List<FieldProblem> outOfRange = List.of(FieldProblem.of("weight", "capokr.error.keyResult.weight", 1000));
        assertEquals(outOfRange, weighing(-0.1).problems());
        assertEquals(outOfRange, weighing(1000.5).problems());
        assertEquals(outOfRange, weighing(Double.POSITIVE_INFINITY).problems());
        assertEquals(outOfRange, weighing(Double.NaN).problems());
    }

    @Test
    public void aMissingWeightIsOne() {
        assertTrue(weighing(null).problems().isEmpty());
        assertEquals(KeyResult.DEFAULT_WEIGHT, weighing(null).weightOrDefault(), 0);
        assertEquals(1.0, weighing(null).weightOrDefault(), 0);
        assertEquals(0.0, weighing(0.0).weightOrDefault(), 0);
        assertEquals(2.5, weighing(2.5).weightOrDefault(), 0);
    }

    @Test
    public void theTitleIsRequiredAndCountedInUtf16Units() {
        assertEquals(List.of(FieldProblem.of("title", "capokr.error.required")),
                new KeyResultDraft(" ", "MILESTONE", null, null, null, null, null, null, null, null).problems());
        assertTrue(new KeyResultDraft(EMOJI.repeat(127) + "x", "MILESTONE", null, null, null, null, null, null, null, null)
                .problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("title", "capokr.error.tooLong", 255)),
                new KeyResultDraft(EMOJI.repeat(128), "MILESTONE", null, null, null, null, null, null, null, null)
                        .problems());
        assertEquals(List.of(FieldProblem.of("title", "capokr.error.tooLong", 255)),
                new KeyResultDraft("x".repeat(256), "MILESTONE", null, null, null, null, null, null, null, null)
                        .problems());
    }

    @Test
    public void everyProblemIsReported() {
        KeyResultDraft draft = new KeyResultDraft(null, "METRIC", null, 5.0, null, null, null, null, null, -1.0);

        assertEquals(List.of(
                FieldProblem.of("title", "capokr.error.required"),
                FieldProblem.of("weight", "capokr.error.keyResult.weight", 1000),
                FieldProblem.of("start", "capokr.error.required")), draft.problems());
    }

    @Test(expected = IllegalStateException.class)
    public void anInvalidDraftHasNoMeasure() {
        metric(5.0, 5.0, null, "INCREASE").toMeasure();
    }
}
