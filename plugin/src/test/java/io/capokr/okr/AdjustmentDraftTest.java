package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** A mid-cycle adjustment: a new target or a new title, one at a time, checked as an edit of the key result is. */
public class AdjustmentDraftTest {

    private static final KeyResult SIGNUPS = new KeyResult(7, 3, "Signups", "lead",
            new Measure.Metric(0, 100, 40, "signups", Direction.INCREASE), 2, 0, null, 4, null);
    private static final KeyResult LAUNCH = new KeyResult(8, 3, "Launch", "lead", new Measure.Milestone(false), 1, 1,
            null, 1, null);

    private static List<String> fields(AdjustmentDraft draft, KeyResult keyResult) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty()) {
            draft.applyTo(keyResult, problems);
        }
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    public void aNewTargetKeepsTheRestOfTheMetricAndRecordsTheOldTarget() {
        AdjustmentDraft.Applied applied = new AdjustmentDraft(80.0, null).applyTo(SIGNUPS, new ArrayList<>()).orElseThrow();
        assertEquals(KrAdjustment.Field.TARGET, applied.field());
        assertEquals("100", applied.oldValue());
        assertEquals("80", applied.newValue());
        assertEquals(new Measure.Metric(0, 80, 40, "signups", Direction.INCREASE), applied.draft().toMeasure());
        assertEquals("Signups", applied.draft().cleanTitle());
        assertEquals(2, applied.draft().weightOrDefault(), 0);
        assertEquals("12.5", AdjustmentDraft.plain(12.5));
    }

    @Test
    public void aNewTitleForAnyKindOfKeyResult() {
        AdjustmentDraft.Applied applied = new AdjustmentDraft(null, "  Launch the beta  ").applyTo(LAUNCH, new ArrayList<>())
                .orElseThrow();
        assertEquals(KrAdjustment.Field.TITLE, applied.field());
        assertEquals("Launch", applied.oldValue());
        assertEquals("Launch the beta", applied.newValue());
        assertEquals(new Measure.Milestone(false), applied.draft().toMeasure());
    }

    @Test
    public void eachRefusalNamesItsField() {
        assertEquals(List.of("target"), fields(new AdjustmentDraft(null, null), SIGNUPS));
        assertEquals(List.of("title"), fields(new AdjustmentDraft(80.0, "Both"), SIGNUPS));
        assertEquals(List.of("target"), fields(new AdjustmentDraft(5.0, null), LAUNCH));
        assertEquals(List.of("target"), fields(new AdjustmentDraft(100.0, null), SIGNUPS));
        assertEquals("a target under the start of an increasing metric", List.of("target"),
                fields(new AdjustmentDraft(-5.0, null), SIGNUPS));
        assertEquals(List.of("title"), fields(new AdjustmentDraft(null, " "), SIGNUPS));
        assertEquals(List.of("title"), fields(new AdjustmentDraft(null, "Signups"), SIGNUPS));
        assertEquals(List.of("title"), fields(new AdjustmentDraft(null, "x".repeat(256)), SIGNUPS));
        assertTrue(fields(new AdjustmentDraft(null, "Qualified signups"), SIGNUPS).isEmpty());
    }
}
