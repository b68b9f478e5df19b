package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;

public class MeetingItemTest {

    private static final IsoWeek W06 = IsoWeek.parse("2027-W06").orElseThrow();
    private static final IsoWeek W07 = IsoWeek.parse("2027-W07").orElseThrow();
    private static final IsoWeek W08 = IsoWeek.parse("2027-W08").orElseThrow();

    private static MeetingItem item(IsoWeek week, MeetingItemKind kind, Instant doneAt) {
        return new MeetingItem(1, 1, 1, week, kind, "t", kind == MeetingItemKind.ACTION ? "lead" : null,
                LocalDate.parse("2027-02-19"), doneAt, "lead", Instant.parse("2027-02-08T10:00:00Z"), 1);
    }

    private static Instant start(IsoWeek week) {
        return week.start().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    @Test
    public void aDecisionShowsInItsOwnWeekOnly() {
        MeetingItem decision = item(W06, MeetingItemKind.DECISION, null);
        assertTrue(decision.listedIn(W06, start(W06)));
        assertFalse(decision.listedIn(W07, start(W07)));
        assertFalse(decision.listedIn(IsoWeek.parse("2027-W05").orElseThrow(), start(W06.previous())));
    }

    @Test
    public void anOpenActionComesBackEveryLaterWeekUntilDoneAndShowsTickedInTheWeekItWasDone() {
        MeetingItem open = item(W06, MeetingItemKind.ACTION, null);
        assertTrue(open.listedIn(W07, start(W07)));
        assertTrue(open.listedIn(W08, start(W08)));

        MeetingItem doneInW07 = item(W06, MeetingItemKind.ACTION, Instant.parse("2027-02-17T10:00:00Z"));
        assertTrue(doneInW07.listedIn(W06, start(W06)));
        assertTrue(doneInW07.listedIn(W07, start(W07)));
        assertFalse(doneInW07.listedIn(W08, start(W08)));
    }

    @Test
    public void anOpenActionPastItsDueDateIsOverdue() {
        assertTrue(item(W06, MeetingItemKind.ACTION, null).overdue(LocalDate.parse("2027-02-20")));
        assertFalse(item(W06, MeetingItemKind.ACTION, null).overdue(LocalDate.parse("2027-02-19")));
        assertFalse(item(W06, MeetingItemKind.ACTION, Instant.parse("2027-02-17T10:00:00Z")).overdue(LocalDate.parse("2027-02-20")));
    }

    @Test
    public void draftsNameEachBadField() {
        assertEquals(Map.of("kind", "capokr.error.choice", "title", "capokr.error.required"),
                keys(new MeetingItemDraft("TASK", " ", null, null).problems()));
        assertEquals(Map.of("ownerKey", "capokr.meeting.error.ownerRequired", "dueDate", "capokr.error.date.invalid"),
                keys(new MeetingItemDraft("ACTION", "Call the agency", "", "19/02/2027").problems()));
        assertEquals(Map.of("dueDate", "capokr.error.date.invalid"),
                keys(new MeetingItemDraft("action", "Call", "lead", "2027-02-30").problems()));
        assertEquals(Map.of("ownerKey", "capokr.meeting.error.actionsOnly", "dueDate", "capokr.meeting.error.actionsOnly"),
                keys(new MeetingItemDraft("DECISION", "Drop the fair", "lead", "2027-02-19").problems()));
        assertEquals(Map.of("title", "capokr.error.tooLong"),
                keys(new MeetingItemDraft("DECISION", "x".repeat(451), null, null).problems()));
        MeetingItemDraft fine = new MeetingItemDraft("action", " Call the agency ", " lead ", "2027-02-19");
        assertEquals(List.of(), fine.problems());
        assertEquals(MeetingItemKind.ACTION, fine.kindValue());
        assertEquals("Call the agency", fine.cleanTitle());
        assertEquals("lead", fine.cleanOwnerKey());
        assertEquals(LocalDate.parse("2027-02-19"), fine.dueDateValue());
    }

    private static Map<String, String> keys(List<FieldProblem> problems) {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey));
    }
}
