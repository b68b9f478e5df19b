package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.Test;

public class TextsTest {

    @Test
    public void stripTurnsNullIntoEmpty() {
        assertEquals("", Texts.strip(null));
        assertEquals("a b", Texts.strip("\t a b \n"));
    }

    @Test
    public void requiredTextIsMeasuredAfterStripping() {
        List<FieldProblem> problems = new ArrayList<>();

        Texts.requireText("  abc  ", 3, "f", problems);

        assertTrue(problems.isEmpty());
    }

    @Test
    public void limitCountsCodePointsAndAcceptsNull() {
        List<FieldProblem> problems = new ArrayList<>();

        Texts.limit(null, 0, "f", problems);
        Texts.limit("\uD83C\uDFAF\uD83C\uDFAF", 2, "f", problems);
        assertTrue(problems.isEmpty());

        Texts.limit("abc", 2, "f", problems);
        assertEquals(List.of(FieldProblem.of("f", "capokr.error.tooLong", 2)), problems);
    }

    @Test
    public void columnLimitsCountUtf16UnitsAsVarcharColumnsDo() {
        List<FieldProblem> problems = new ArrayList<>();

        Texts.limitColumn(null, 0, "f", problems);
        Texts.limitColumn(" \uD83C\uDFAFa ", 3, "f", problems);
        Texts.requireText("\uD83C\uDFAF", 2, "f", problems);
        assertTrue(problems.isEmpty());

        Texts.limitColumn("\uD83C\uDFAF\uD83C\uDFAF", 3, "f", problems);
        Texts.requireText("\uD83C\uDFAF\uD83C\uDFAF", 3, "g", problems);
        assertEquals(List.of(FieldProblem.of("f", "capokr.error.tooLong", 3), FieldProblem.of("g", "capokr.error.tooLong", 3)),
                problems);
    }

    @Test
    public void aBlankChoiceTakesTheDefaultOrIsRequired() {
        List<FieldProblem> problems = new ArrayList<>();

        assertEquals(Optional.of(Direction.MAINTAIN), Texts.choice(Direction.class, " ", Direction.MAINTAIN, "d", problems));
        assertTrue(problems.isEmpty());

        assertEquals(Optional.empty(), Texts.choice(Direction.class, null, null, "d", problems));
        assertEquals(List.of(FieldProblem.of("d", "capokr.error.required")), problems);
    }

    @Test
    public void aChoiceIgnoresCaseEvenInTurkish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            List<FieldProblem> problems = new ArrayList<>();
            assertEquals(Optional.of(IssueWeighting.STORY_POINTS),
                    Texts.choice(IssueWeighting.class, "story_points", null, "w", problems));
            assertEquals(Optional.of(Direction.INCREASE),
                    Texts.choice(Direction.class, "increase", null, "d", problems));
            assertTrue(problems.isEmpty());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void anUnknownChoiceListsTheConstants() {
        List<FieldProblem> problems = new ArrayList<>();

        assertEquals(Optional.empty(), Texts.choice(IssueWeighting.class, "story points", IssueWeighting.COUNT, "w", problems));
        assertEquals(List.of(FieldProblem.of("w", "capokr.error.choice", "COUNT, STORY_POINTS")), problems);
    }
}
