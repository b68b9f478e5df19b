package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class CheckInDraftTest {

    private static final Measure METRIC = new Measure.Metric(0, 100, 10, "%", Direction.INCREASE);
    private static final Measure MILESTONE = new Measure.Milestone(false);
    private static final Measure ISSUES = new Measure.Issues(IssueWeighting.COUNT);

    @Test
    public void aMetricCheckInGivesTheNewValueAndAConfidence() {
        CheckInDraft draft = new CheckInDraft(42.0, "on_track", "  Launched the campaign.\n");

        assertTrue(draft.problems(METRIC).isEmpty());
        assertEquals(Confidence.ON_TRACK, draft.confidenceLevel());
        assertEquals("Launched the campaign.", draft.cleanNote());
    }

    @Test
    public void otherCheckInsGiveNoValue() {
        assertTrue(new CheckInDraft(null, "AT_RISK", null).problems(MILESTONE).isEmpty());
        assertTrue(new CheckInDraft(null, "AT_RISK", null).problems(ISSUES).isEmpty());
        assertEquals("", new CheckInDraft(null, "AT_RISK", null).cleanNote());
    }

    @Test
    public void aMetricCheckInNeedsAValue() {
        assertEquals(List.of(FieldProblem.of("value", "capokr.error.checkIn.valueRequired")),
                new CheckInDraft(null, "ON_TRACK", "").problems(METRIC));
    }

    @Test
    public void aValueMustFitWhatActiveObjectsStores() {
        List<FieldProblem> refused = List.of(FieldProblem.of("value", "capokr.error.number"));

        assertEquals(refused, new CheckInDraft(1e39, "ON_TRACK", "").problems(METRIC));
        assertEquals(refused, new CheckInDraft(Double.NEGATIVE_INFINITY, "ON_TRACK", "").problems(METRIC));
        assertTrue(new CheckInDraft(-3.4e38, "ON_TRACK", "").problems(METRIC).isEmpty());
    }

    @Test
    public void onlyAMetricTakesAValue() {
        List<FieldProblem> refused = List.of(FieldProblem.of("value", "capokr.error.checkIn.valueOnlyForMetric"));

        assertEquals(refused, new CheckInDraft(1.0, "ON_TRACK", "").problems(MILESTONE));
        assertEquals(refused, new CheckInDraft(0.0, "ON_TRACK", "").problems(ISSUES));
    }

    @Test
    public void theConfidenceIsRequiredAndMayBeWrittenInAnyCase() {
        assertEquals(List.of(FieldProblem.of("confidence", "capokr.error.required")),
                new CheckInDraft(null, null, null).problems(MILESTONE));
        assertEquals(List.of(FieldProblem.of("confidence", "capokr.error.required")),
                new CheckInDraft(null, " ", null).problems(MILESTONE));
        assertEquals(Confidence.AT_RISK, new CheckInDraft(null, "at_risk", null).confidenceLevel());
        assertEquals(Confidence.OFF_TRACK, new CheckInDraft(null, " Off_Track ", null).confidenceLevel());
        assertEquals(List.of(FieldProblem.of("confidence", "capokr.error.choice", "ON_TRACK, AT_RISK, OFF_TRACK")),
                new CheckInDraft(null, "maybe", null).problems(MILESTONE));
    }

    @Test
    public void theNoteHasAtMost10000Characters() {
        String emoji = "\uD83C\uDFAF";

        assertTrue(new CheckInDraft(null, "ON_TRACK", emoji.repeat(10_000)).problems(ISSUES).isEmpty());
        assertEquals(List.of(FieldProblem.of("note", "capokr.error.tooLong", 10_000)),
                new CheckInDraft(null, "ON_TRACK", "x".repeat(10_001)).problems(ISSUES));
    }

    @Test
    public void everyProblemIsReported() {
        List<FieldProblem> problems = new CheckInDraft(null, "", "x".repeat(10_001)).problems(METRIC);

        assertEquals(List.of("confidence", "note", "value"), problems.stream().map(FieldProblem::field).toList());
    }
}
