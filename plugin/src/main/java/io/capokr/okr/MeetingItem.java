package io.capokr.okr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision or an action of a project's weekly meeting in a cycle, recorded in the meeting of {@code week}. An
 * action has an owner and may have a due date; it is open until {@code doneAt} is set.
 */
public record MeetingItem(long id, long cycleId, long projectId, IsoWeek week, MeetingItemKind kind, String title,
                          String ownerKey, LocalDate dueDate, Instant doneAt, String createdBy, Instant createdAt,
                          int version) {

    public MeetingItem {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean done() {
        return doneAt != null;
    }

    /**
     * Whether the meeting of {@code shown} lists it: a decision in the week it was taken; an action in its own week
     * and in every later week it began still open, so it comes back each Monday until someone ticks it done (and
     * shows, ticked, in the week that happened). {@code shownStart} is the instant the shown week begins.
     */
    public boolean listedIn(IsoWeek shown, Instant shownStart) {
        int order = week.compareTo(shown);
        if (order == 0) {
            return true;
        }
        return order < 0 && kind == MeetingItemKind.ACTION && (doneAt == null || !doneAt.isBefore(shownStart));
    }

    /** An open action past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return kind == MeetingItemKind.ACTION && doneAt == null && dueDate != null && dueDate.isBefore(today);
    }
}
