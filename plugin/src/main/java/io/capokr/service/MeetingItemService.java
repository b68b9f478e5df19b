package io.capokr.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.capokr.okr.Change;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.IsoWeek;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.MeetingItemDraft;
import io.capokr.okr.MeetingItemKind;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.MeetingItemStore;

/**
 * The weekly meeting's decisions and actions: recorded, edited, ticked done and deleted by those who may record
 * meeting notes in the project ({@link MeetingNotes}), read by those who may browse it. A closed cycle's meeting
 * notes are read-only (409), as everything else in it. Writes hold the cycle's lock, so a cycle cannot close
 * between the check and the write.
 */
public class MeetingItemService {

    private final MeetingItemStore items;
    private final Finder finder;
    private final Guard guard;
    private final MeetingNotes meetingNotes;
    private final Owners owners;
    private final Writes writes;
    private final MeetingCalendar calendar;

    public MeetingItemService(MeetingItemStore items, Finder finder, Guard guard, MeetingNotes meetingNotes,
                              Owners owners, Writes writes, MeetingCalendar calendar) {
        this.items = items;
        this.finder = finder;
        this.guard = guard;
        this.meetingNotes = meetingNotes;
        this.owners = owners;
        this.writes = writes;
        this.calendar = calendar;
    }

    /** A new decision or action in the meeting of {@code weekText} of the project's cycle {@code cycleId}. */
    public MeetingItem create(String projectKey, Long cycleId, String weekText, MeetingItemDraft draft) {
        UserRef user = guard.user();
        ProjectRef project = guard.browsableProject(user, projectKey);
        meetingNotes.requireMayRecord(user, project);
        if (cycleId == null) {
            throw ValidationException.of(FieldProblem.of(WeeklyService.CYCLE_ID, "capokr.error.required"));
        }
        return writes.onCycle(cycleId, () -> {
            Cycle cycle = finder.cycleInBody(cycleId);
            requireOpen(cycle);
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            IsoWeek week = week(calendar, weekText, cycle, problems);
            String ownerKey = problems.stream().anyMatch(p -> p.field().equals(MeetingItemDraft.OWNER_KEY))
                    ? null : owner(draft.cleanOwnerKey(), user, problems);
            ValidationException.throwIfAny(problems);
            Instant now = calendar.now();
            return items.create(new MeetingItem(0, cycle.id(), project.id(), week, draft.kindValue(), draft.cleanTitle(),
                    ownerKey, draft.dueDateValue(), null, user.key(), now, 1));
        });
    }

    public MeetingItem get(long id) {
        UserRef user = guard.user();
        return visible(id, user).item();
    }

    /**
     * Changes what the body carries: a field left out (null) keeps its value, an empty owner or due date clears it;
     * {@code done} ticks an action done (keeping when it first was) or reopens it.
     */
    /** The older form: a null field (and a null {@code done}) keeps its value. */
    public MeetingItem update(long id, MeetingItemDraft changes, Boolean done, Integer version) {
        return update(id, new MeetingItemDraft.Edit(given(changes.title()), given(changes.ownerKey()),
                given(changes.dueDate()), given(done)), version);
    }

    private static <T> Change<T> given(T value) {
        return value == null ? Change.keep() : Change.to(value);
    }

    /**
     * The fields the edit names, the others kept, merged here under the cycle's lock: a null due date removes it,
     * a null {@code done} reopens the action; the title, and an action's owner, cannot be cleared.
     */
    public MeetingItem update(long id, MeetingItemDraft.Edit edit, Integer version) {
        UserRef user = guard.user();
        Located located = visible(id, user);
        meetingNotes.requireMayRecord(user, located.project());
        List<FieldProblem> versionProblems = new ArrayList<>();
        Versions.requirePresent(version, versionProblems);
        ValidationException.throwIfAny(versionProblems);
        return writes.onCycle(located.item().cycleId(), () -> {
            MeetingItem current = items.byId(id).orElseThrow(() -> notFound(id));
            requireOpen(finder.cycle(current.cycleId()));
            MeetingItemDraft merged = edit.over(current);
            List<FieldProblem> problems = new ArrayList<>(merged.problems(current.kind()));
            boolean done = edit.doneOver(current);
            if (done && current.kind() != MeetingItemKind.ACTION) {
                problems.add(FieldProblem.of(MeetingItemDraft.DONE, "capokr.meeting.error.actionsOnly"));
            }
            String ownerKey = problems.stream().anyMatch(p -> p.field().equals(MeetingItemDraft.OWNER_KEY))
                    || merged.cleanOwnerKey() == null || merged.cleanOwnerKey().equals(current.ownerKey())
                    ? merged.cleanOwnerKey() : owner(merged.cleanOwnerKey(), user, problems);
            ValidationException.throwIfAny(problems);
            Instant doneAt = done ? (current.doneAt() == null ? calendar.now() : current.doneAt()) : null;
            MeetingItem changed = new MeetingItem(current.id(), current.cycleId(), current.projectId(), current.week(),
                    current.kind(), merged.cleanTitle(), ownerKey, merged.dueDateValue(), doneAt, current.createdBy(),
                    current.createdAt(), current.version());
            return Versions.saved(items.update(changed, version));
        });
    }

    public void delete(long id) {
        UserRef user = guard.user();
        Located located = visible(id, user);
        meetingNotes.requireMayRecord(user, located.project());
        writes.onCycle(located.item().cycleId(), () -> {
            requireOpen(finder.cycle(located.item().cycleId()));
            items.delete(id);
            return null;
        });
    }

    private record Located(MeetingItem item, ProjectRef project) {
    }

    /** The item, if the caller may browse its project; one in a project they cannot see is not found, as Jira answers. */
    private Located visible(long id, UserRef user) {
        MeetingItem item = items.byId(id).orElseThrow(() -> notFound(id));
        ProjectRef project = guard.browsableProject(user, item.projectId()).orElseThrow(() -> notFound(id));
        return new Located(item, project);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("capokr.meeting.error.notFound", String.valueOf(id));
    }


    private static void requireOpen(Cycle cycle) {
        if (cycle.state() == CycleState.CLOSED) {
            throw new ConflictException("capokr.meeting.error.cycleClosed", cycle.name());
        }
    }

    /** The meeting's week: required, well formed, and one that touches the cycle. */
    private static IsoWeek week(MeetingCalendar calendar, String text, Cycle cycle, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(IsoWeek.FIELD, "capokr.error.required"));
            return null;
        }
        IsoWeek week = calendar.week(text).orElse(null);
        if (week == null) {
            problems.add(FieldProblem.of(IsoWeek.FIELD, "capokr.weekly.error.week", text.trim()));
        } else if (!week.overlaps(cycle)) {
            problems.add(FieldProblem.of(IsoWeek.FIELD, "capokr.meeting.error.weekOutsideCycle", week.toString(), cycle.name()));
        }
        return week;
    }

    private String owner(String ownerKey, UserRef user, List<FieldProblem> problems) {
        return ownerKey == null ? null : owners.resolve(ownerKey, null, user.key(), problems);
    }
}
