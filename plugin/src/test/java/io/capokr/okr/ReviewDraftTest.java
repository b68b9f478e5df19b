package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

/** A review as typed: something written, bounded texts, learnings only at the end of the cycle. */
public class ReviewDraftTest {

    private static List<String> fields(ReviewDraft draft, ReviewKind kind) {
        return draft.problems(kind).stream().map(FieldProblem::field).toList();
    }

    @Test
    public void aReviewSaysSomething() {
        assertEquals(List.of("whatWorked"), fields(new ReviewDraft(" ", null, ""), ReviewKind.MID_CYCLE));
        assertEquals(List.of(), fields(new ReviewDraft(null, "Fewer meetings", null), ReviewKind.MID_CYCLE));
        assertEquals(List.of(), fields(new ReviewDraft(null, null, "Start smaller"), ReviewKind.END_OF_CYCLE));
    }

    @Test
    public void learningsBelongToTheEndOfCycleReview() {
        assertEquals(List.of("learnings"), fields(new ReviewDraft("A", "B", "C"), ReviewKind.MID_CYCLE));
        assertEquals(List.of(), fields(new ReviewDraft("A", "B", "C"), ReviewKind.END_OF_CYCLE));
    }

    @Test
    public void textsAreBounded() {
        String tooLong = "x".repeat(ReviewDraft.TEXT_MAX + 1);
        assertEquals(List.of("whatToChange"), fields(new ReviewDraft("A", tooLong, null), ReviewKind.MID_CYCLE));
        assertEquals(List.of("learnings"), fields(new ReviewDraft("A", null, tooLong), ReviewKind.END_OF_CYCLE));
    }
}
