package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.MeetingItemDraft;
import io.capokr.okr.MeetingItemKind;
import io.capokr.store.MeetingItemEntity;
import org.junit.Test;

/** Decisions and actions of the weekly meeting, on real databases; "today" is Monday 15 February 2027 (2027-W07). */
public class MeetingItemServiceTest extends OkrFixture {

    public MeetingItemServiceTest(TestDatabase database) {
        super(database);
    }

    private MeetingItem action(Cycle cycle, String week, String title) {
        return okr().meetingItems.create("MKT", cycle.id(), week, new MeetingItemDraft("ACTION", title, "lead", "2027-02-19"));
    }

    private List<String> titlesIn(Cycle cycle, String week) {
        return okr().weekly.forProject("MKT", cycle.id(), week).meetingItems().stream().map(r -> r.item().title()).toList();
    }

    @Test
    public void anOpenActionComesBackEveryWeekUntilTickedDoneWhileADecisionStaysInItsWeek() {
        Cycle cycle = quarter();
        host.loggedInAs("member");
        MeetingItem call = action(cycle, "2027-W07", "Call the agency");
        okr().meetingItems.create("MKT", cycle.id(), "2027-W07", new MeetingItemDraft("DECISION", "Drop the trade fair", null, null));

        assertEquals(MeetingItemKind.ACTION, call.kind());
        assertEquals("member", call.createdBy());
        assertEquals(List.of("Call the agency", "Drop the trade fair"), titlesIn(cycle, "2027-W07"));
        assertEquals(List.of("Call the agency"), titlesIn(cycle, "2027-W08"));
        assertEquals(List.of("Call the agency"), titlesIn(cycle, "2027-W09"));
        Weekly.ItemRow carried = okr().weekly.forProject("MKT", cycle.id(), "2027-W09").meetingItems().get(0);
        assertTrue(carried.carriedOver());
        assertEquals("lead", carried.owner().key());

        host.at(Instant.parse("2027-03-02T10:00:00Z")); // Tuesday of 2027-W09
        MeetingItem done = okr().meetingItems.update(call.id(), new MeetingItemDraft(null, null, null, null), true, call.version());
        assertNotNull(done.doneAt());
        assertEquals(call.version() + 1, done.version());
        assertEquals("ticked in W09, it shows there, done", List.of("Call the agency"), titlesIn(cycle, "2027-W09"));
        assertTrue(okr().weekly.forProject("MKT", cycle.id(), "2027-W09").meetingItems().get(0).item().done());
        assertEquals(List.of(), titlesIn(cycle, "2027-W10"));

        MeetingItem reopened = okr().meetingItems.update(call.id(), new MeetingItemDraft(null, null, null, null), false, done.version());
        assertFalse(reopened.done());
        assertEquals(List.of("Call the agency"), titlesIn(cycle, "2027-W10"));
    }

    @Test
    public void anEditChangesOnlyWhatItCarries() {
        Cycle cycle = quarter();
        host.loggedInAs("lead");
        MeetingItem call = action(cycle, "2027-W07", "Call the agency");

        MeetingItem edited = okr().meetingItems.update(call.id(), new MeetingItemDraft(null, "Call the new agency", "member", ""),
                null, call.version());

        assertEquals("Call the new agency", edited.title());
        assertEquals("member", edited.ownerKey());
        assertEquals(null, edited.dueDate());
        assertFalse(edited.done());
        assertEquals(edited, okr().meetingItems.get(call.id()));
    }

    @Test
    public void badFieldsAre400sNamingEachAndWriteNothing() {
        Cycle cycle = quarter();
        host.loggedInAs("member");

        assertEquals(Map.of("kind", "Choose one of: DECISION, ACTION.", "title", "This field is required."),
                fieldErrors(assertThrows(ValidationException.class, () -> okr().meetingItems.create("MKT", cycle.id(), "2027-W07",
                        new MeetingItemDraft("TASK", "", null, null)))));
        assertEquals(Map.of("ownerKey", "There is no user nobody.", "dueDate",
                        "\u201cnext friday\u201d is not a date. Use the form 2027-01-31."),
                fieldErrors(assertThrows(ValidationException.class, () -> okr().meetingItems.create("MKT", cycle.id(), "2027-W07",
                        new MeetingItemDraft("ACTION", "Call", "nobody", "next friday")))));
        assertEquals(Map.of("ownerKey", "An action needs an owner."),
                fieldErrors(assertThrows(ValidationException.class, () -> okr().meetingItems.create("MKT", cycle.id(), "2027-W07",
                        new MeetingItemDraft("ACTION", "Call", " ", null)))));
        assertEquals(List.of("week"), List.copyOf(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().meetingItems.create("MKT", cycle.id(), "W07", new MeetingItemDraft("DECISION", "Go", null, null)))).keySet()));
        assertEquals(Map.of("week", "Week 2027-W20 is not part of cycle 2027 Q1."), fieldErrors(assertThrows(ValidationException.class,
                () -> okr().meetingItems.create("MKT", cycle.id(), "2027-W20", new MeetingItemDraft("DECISION", "Go", null, null)))));
        assertEquals(List.of("cycleId"), List.copyOf(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().meetingItems.create("MKT", 999L, "2027-W07", new MeetingItemDraft("DECISION", "Go", null, null)))).keySet()));
        assertEquals(List.of("cycleId"), List.copyOf(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().meetingItems.create("MKT", null, "2027-W07", new MeetingItemDraft("DECISION", "Go", null, null)))).keySet()));
        assertEquals(0, ao.activeObjects().count(MeetingItemEntity.class));

        MeetingItem decision = okr().meetingItems.create("MKT", cycle.id(), "2027-W07", new MeetingItemDraft("DECISION", "Go", null, null));
        assertEquals(List.of("done"), List.copyOf(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().meetingItems.update(decision.id(), new MeetingItemDraft(null, null, null, null), true, 1))).keySet()));
        assertEquals(List.of("version"), List.copyOf(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().meetingItems.update(decision.id(), new MeetingItemDraft(null, "Went", null, null), null, null))).keySet()));
        assertEquals("Go", okr().meetingItems.get(decision.id()).title());
    }

    @Test
    public void editorsAndProjectAdminsRecordBrowsersOnlyRead() {
        Cycle cycle = quarter();
        host.loggedInAs("member");
        MeetingItem call = action(cycle, "2027-W07", "Call the agency");

        host.loggedInAs("outsider"); // browses MKT, edits no issue there
        assertThrows(PermissionDeniedException.class, () -> action(cycle, "2027-W07", "Mine"));
        assertThrows(PermissionDeniedException.class,
                () -> okr().meetingItems.update(call.id(), new MeetingItemDraft(null, "Mine", null, null), null, 1));
        assertThrows(PermissionDeniedException.class, () -> okr().meetingItems.delete(call.id()));
        assertEquals("Call the agency", okr().meetingItems.get(call.id()).title());

        host.loggedInAs("lead");
        assertThrows("lead cannot browse SALES", NotFoundException.class, () -> okr().meetingItems.create("SALES", cycle.id(),
                "2027-W07", new MeetingItemDraft("DECISION", "Go", null, null)));
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().meetingItems.get(call.id()));

        host.loggedInAs("admin"); // administers MKT without being an editor there
        okr().meetingItems.delete(call.id());
        assertThrows(NotFoundException.class, () -> okr().meetingItems.get(call.id()));
    }

    @Test
    public void aStaleVersionIsAConflictAndAClosedCyclesMeetingIsReadOnly() {
        Cycle cycle = quarter();
        host.loggedInAs("member");
        MeetingItem call = action(cycle, "2027-W07", "Call the agency");
        okr().meetingItems.update(call.id(), new MeetingItemDraft(null, "Call them", null, null), null, call.version());
        assertThrows(ConflictException.class,
                () -> okr().meetingItems.update(call.id(), new MeetingItemDraft(null, "Lost", null, null), null, call.version()));

        host.loggedInAs("admin");
        okr().cycles.start(cycle.id());
        okr().cycles.close(cycle.id());
        host.loggedInAs("member");
        ConflictException closed = assertThrows(ConflictException.class, () -> action(cycle, "2027-W07", "Late"));
        assertEquals("Cycle 2027 Q1 is closed: its meeting notes can no longer change.", message(closed));
        assertThrows(ConflictException.class,
                () -> okr().meetingItems.update(call.id(), new MeetingItemDraft(null, null, null, null), true, 2));
        assertThrows(ConflictException.class, () -> okr().meetingItems.delete(call.id()));
        assertFalse(okr().weekly.forProject("MKT", cycle.id(), "2027-W07").canRecord());
        assertEquals(List.of("Call them"), titlesIn(cycle, "2027-W08"));
    }
}
