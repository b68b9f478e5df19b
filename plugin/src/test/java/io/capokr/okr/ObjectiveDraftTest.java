package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class ObjectiveDraftTest {

    private static final String EMOJI = "\uD83C\uDFAF"; // one character, two UTF-16 units

    @Test
    public void aTitleAloneIsAnAspirationalObjective() {
        ObjectiveDraft draft = new ObjectiveDraft("  Delight our customers ", null, null);

        assertTrue(draft.problems().isEmpty());
        assertEquals("Delight our customers", draft.cleanTitle());
        assertEquals("", draft.cleanDescription());
        assertEquals(ObjectiveType.ASPIRATIONAL, draft.objectiveType());
        assertEquals(ObjectiveType.ASPIRATIONAL, new ObjectiveDraft("T", "", "  ").objectiveType());
    }

    @Test
    public void theTypeMayBeWrittenInAnyCase() {
        for (String type : new String[] {"COMMITTED", "committed", "Committed", " cOmMiTtEd "}) {
            ObjectiveDraft draft = new ObjectiveDraft("T", null, type);
            assertTrue(type, draft.problems().isEmpty());
            assertEquals(type, ObjectiveType.COMMITTED, draft.objectiveType());
        }
        assertEquals(ObjectiveType.ASPIRATIONAL, new ObjectiveDraft("T", null, "aspirational").objectiveType());
    }

    @Test
    public void anUnknownTypeIsAProblemThatListsTheChoices() {
        assertEquals(List.of(FieldProblem.of("type", "capokr.error.choice", "COMMITTED, ASPIRATIONAL")),
                new ObjectiveDraft("T", null, "stretch").problems());
    }

    @Test
    public void theTitleIsRequiredAndNotOnlySpaces() {
        List<FieldProblem> required = List.of(FieldProblem.of("title", "capokr.error.required"));

        assertEquals(required, new ObjectiveDraft(null, null, null).problems());
        assertEquals(required, new ObjectiveDraft(" \t ", null, null).problems());
    }

    @Test
    public void theTitleMayHave255CharactersButNotMore() {
        assertTrue(new ObjectiveDraft("x".repeat(255), null, null).problems().isEmpty());
        assertTrue(new ObjectiveDraft("  " + "x".repeat(255) + "  ", null, null).problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("title", "capokr.error.tooLong", 255)),
                new ObjectiveDraft("x".repeat(256), null, null).problems());
    }

    @Test
    /**
     * The title's VARCHAR(255) column counts UTF-16 units on H2 and SQL Server, so an emoji takes two there;
     * the description is unlimited text, counted in characters.
     */
    public void theTitleCountsUtf16UnitsAndTheDescriptionCharacters() {
        assertTrue(new ObjectiveDraft(EMOJI.repeat(127) + "x", EMOJI.repeat(10_000), null).problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("title", "capokr.error.tooLong", 255)),
                new ObjectiveDraft(EMOJI.repeat(128), null, null).problems());
    }

    @Test
    public void theDescriptionIsOptionalUpTo10000Characters() {
        assertTrue(new ObjectiveDraft("T", "x".repeat(10_000), null).problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("description", "capokr.error.tooLong", 10_000)),
                new ObjectiveDraft("T", "x".repeat(10_001), null).problems());
        assertEquals("Why it matters", new ObjectiveDraft("T", "\n Why it matters \n", null).cleanDescription());
    }

    @Test
    public void everyProblemIsReportedInFieldOrder() {
        List<FieldProblem> problems = new ObjectiveDraft("", "x".repeat(10_001), "bogus").problems();

        assertEquals(List.of("title", "description", "type"), problems.stream().map(FieldProblem::field).toList());
    }
}
