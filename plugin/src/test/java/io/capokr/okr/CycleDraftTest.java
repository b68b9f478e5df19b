package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

public class CycleDraftTest {

    @Test
    public void aQuarterIsAValidCycleAndKeepsItsDates() {
        CycleDraft draft = new CycleDraft("  2027 Q1 ", "2027-01-01", "2027-03-31");

        assertTrue(draft.problems().isEmpty());
        Cycle cycle = draft.toNewCycle();
        assertEquals("2027 Q1", cycle.name());
        assertEquals(LocalDate.of(2027, 1, 1), cycle.startDate());
        assertEquals(LocalDate.of(2027, 3, 31), cycle.endDate());
        assertEquals(CycleState.PLANNING, cycle.state());
        assertEquals(90, cycle.lengthInDays());
    }

    @Test
    public void aMissingEndDateMeansTheMethodsNinetyDays() {
        Cycle cycle = new CycleDraft("Q", "2027-04-01", null).toNewCycle();

        assertEquals(LocalDate.of(2027, 6, 29), cycle.endDate());
        assertEquals(90, cycle.lengthInDays());
    }

    @Test
    public void nameIsRequiredAndNotOnlySpaces() {
        assertEquals(List.of(FieldProblem.of("name", "capokr.error.cycle.name.required")),
                new CycleDraft("   ", "2027-01-01", "2027-03-31").problems());
        assertEquals("name", new CycleDraft(null, "2027-01-01", "2027-03-31").problems().get(0).field());
    }

    @Test
    public void nameMayHave255CharactersButNotMore() {
        assertTrue(new CycleDraft("x".repeat(255), "2027-01-01", "2027-03-31").problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("name", "capokr.error.cycle.name.tooLong", 255)),
                new CycleDraft("x".repeat(256), "2027-01-01", "2027-03-31").problems());
    }

    /** The name's VARCHAR(255) column counts UTF-16 units on H2 and SQL Server; 255 emoji would fail the insert. */
    @Test
    public void nameLengthCountsUtf16UnitsAsItsColumnDoes() {
        String emoji = "\uD83C\uDFAF"; // one character, two UTF-16 units
        assertTrue(new CycleDraft(emoji.repeat(127) + "x", "2027-01-01", "2027-03-31").problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("name", "capokr.error.cycle.name.tooLong", 255)),
                new CycleDraft(emoji.repeat(128), "2027-01-01", "2027-03-31").problems());
    }

    @Test
    public void endMustBeAfterStart() {
        assertEquals(List.of(FieldProblem.of("endDate", "capokr.error.cycle.endDate.notAfterStart")),
                new CycleDraft("Q", "2027-03-31", "2027-03-31").problems());
        assertEquals("endDate", new CycleDraft("Q", "2027-03-31", "2027-01-01").problems().get(0).field());
    }

    @Test
    public void aCycleIsAtMost366DaysLongBothEndsIncluded() {
        assertTrue(new CycleDraft("Leap year", "2028-01-01", "2028-12-31").problems().isEmpty());
        assertEquals(List.of(FieldProblem.of("endDate", "capokr.error.cycle.endDate.tooLong", 366)),
                new CycleDraft("Too long", "2027-01-01", "2028-01-02").problems());
    }

    @Test
    public void datesThatAreNotDatesAreReportedAgainstTheirField() {
        List<FieldProblem> problems = new CycleDraft("Q", "2027-02-30", "soon").problems();

        assertEquals(List.of(
                FieldProblem.of("startDate", "capokr.error.date.invalid", "2027-02-30"),
                FieldProblem.of("endDate", "capokr.error.date.invalid", "soon")), problems);
    }

    @Test
    public void startDateIsRequired() {
        assertEquals(List.of(FieldProblem.of("startDate", "capokr.error.date.required")),
                new CycleDraft("Q", "", "2027-03-31").problems());
    }

    @Test(expected = IllegalStateException.class)
    public void anInvalidDraftDoesNotBecomeACycle() {
        new CycleDraft("", "2027-01-01", "2027-03-31").toNewCycle();
    }

    @Test
    public void yearsHaveFourDigitsSoDatesFitTheirColumnAndSort() {
        assertEquals(List.of(FieldProblem.of("startDate", "capokr.error.date.invalid", "+10000-01-01")),
                new CycleDraft("Q", "+10000-01-01", "+10000-03-01").problems().subList(0, 1));
        assertEquals("startDate", new CycleDraft("Q", "-0001-01-01", null).problems().get(0).field());
        assertEquals(List.of(FieldProblem.of("endDate", "capokr.error.date.required")),
                new CycleDraft("Q", "9999-12-01", null).problems());
        assertTrue(new CycleDraft("Q", "9999-01-01", null).problems().isEmpty());
    }
}
