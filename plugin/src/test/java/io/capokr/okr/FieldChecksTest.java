package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.Test;

public class FieldChecksTest {

    @Test
    public void stripTurnsNullIntoEmpty() {
        assertEquals("", FieldChecks.strip(null));
        assertEquals("a b", FieldChecks.strip("\t a b \n"));
    }

    @Test
    public void requiredTextIsMeasuredAfterStripping() {
        List<FieldProblem> problems = new ArrayList<>();

        FieldChecks.requireText("  abc  ", 3, "f", problems);

        assertTrue(problems.isEmpty());
    }

    @Test
    public void limitCountsCodePointsAndAcceptsNull() {
        List<FieldProblem> problems = new ArrayList<>();

        FieldChecks.limit(null, 0, "f", problems);
        FieldChecks.limit("\uD83C\uDFAF\uD83C\uDFAF", 2, "f", problems);
        assertTrue(problems.isEmpty());

        FieldChecks.limit("abc", 2, "f", problems);
        assertEquals(List.of(FieldProblem.of("f", "capokr.error.tooLong", 2)), problems);
    }

    @Test
    public void columnLimitsCountUtf16UnitsAsVarcharColumnsDo() {
        List<FieldProblem> problems = new ArrayList<>();

        FieldChecks.limitColumn(null, 0, "f", problems);
        FieldChecks.limitColumn(" \uD83C\uDFAFa ", 3, "f", problems);
        FieldChecks.requireText("\uD83C\uDFAF", 2, "f", problems);
        assertTrue(problems.isEmpty());

        FieldChecks.limitColumn("\uD83C\uDFAF\uD83C\uDFAF", 3, "f", problems);
        FieldChecks.requireText("\uD83C\uDFAF\uD83C\uDFAF", 3, "g", problems);
        assertEquals(List.of(FieldProblem.of("f", "capokr.error.tooLong", 3), FieldProblem.of("g", "capokr.error.tooLong", 3)),
                problems);
    }

    @Test
    public void aBlankChoiceTakesTheDefaultOrIsRequired() {
        List<FieldProblem> problems = new ArrayList<>();

        assertEquals(Optional.of(Direction.MAINTAIN), FieldChecks.choice(Direction.class, " ", Direction.MAINTAIN, "d", problems));
        assertTrue(problems.isEmpty());

        assertEquals(Optional.empty(), FieldChecks.choice(Direction.class, null, null, "d", problems));
        assertEquals(List.of(FieldProblem.of("d", "capokr.error.required")), problems);
    }

    @Test
    public void aChoiceIgnoresCaseEvenInTurkish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            List<FieldProblem> problems = new ArrayList<>();
            assertEquals(Optional.of(IssueWeighting.STORY_POINTS),
                    FieldChecks.choice(IssueWeighting.class, "story_points", null, "w", problems));
            assertEquals(Optional.of(Direction.INCREASE),
                    FieldChecks.choice(Direction.class, "increase", null, "d", problems));
            assertTrue(problems.isEmpty());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void anUnknownChoiceListsTheConstants() {
        List<FieldProblem> problems = new ArrayList<>();

        assertEquals(Optional.empty(), FieldChecks.choice(IssueWeighting.class, "story points", IssueWeighting.COUNT, "w", problems));
        assertEquals(List.of(FieldProblem.of("w", "capokr.error.choice", "COUNT, STORY_POINTS")), problems);
    }

    @Test
    public void aLoneHalfOfASurrogatePairIsRefusedWithItsPositionAndAWholePairIsNot() {
        List<FieldProblem> problems = new ArrayList<>();

        FieldChecks.limit("a\uD83D\uDE80b", 10, "f", problems);
        FieldChecks.requireText("\uD83D\uDE80", 10, "f", problems);
        assertTrue(problems.toString(), problems.isEmpty());

        FieldChecks.limit("a\uD83D\uDE80b\uD83D", 10, "description", problems);
        FieldChecks.requireText("\uDE80", 10, "title", problems);
        FieldChecks.limitColumn("x\uDE80\uD83D", 10, "unit", problems);
        assertEquals(List.of(FieldProblem.of("description", "capokr.error.text.unpairedSurrogate", 4),
                FieldProblem.of("title", "capokr.error.text.unpairedSurrogate", 1),
                FieldProblem.of("unit", "capokr.error.text.unpairedSurrogate", 2)), problems);
    }

    @Test
    public void everyDraftsFreeTextRefusesALoneHalf() {
        String broken = "ok \uD800";
        assertEquals(List.of(CycleDraft.NAME), fields(new CycleDraft(broken, "2040-01-01", null).problems()));
        assertEquals(List.of(GradeDraft.REASON), fields(new GradeDraft(0.5, broken).problems(new Grade(0.3))));
        assertEquals(List.of(ReviewDraft.WHAT_WORKED, ReviewDraft.WHAT_TO_CHANGE, ReviewDraft.LEARNINGS),
                fields(new ReviewDraft(broken, broken, broken).problems(ReviewKind.END_OF_CYCLE)));
        assertEquals(List.of(MeetingItemDraft.TITLE),
                fields(new MeetingItemDraft("DECISION", broken, null, null).problems()));
        assertEquals(List.of(PlanDraft.field(0, "title"), PlanDraft.field(0, "ownerKey")),
                fields(new PlanDraft(List.of(new PlanDraft.Item(broken, broken))).problems()));
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
