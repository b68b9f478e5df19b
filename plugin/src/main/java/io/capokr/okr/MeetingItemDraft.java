package io.capokr.okr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A decision or an action as someone typed it. Only an action has an owner (required: an action nobody owns is
 * not done) and a due date (optional); a decision carrying either is refused rather than silently losing it.
 * {@code kind} is null on an edit, which keeps the item's kind.
 */
public record MeetingItemDraft(String kind, String title, String ownerKey, String dueDate) {

    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String OWNER_KEY = "ownerKey";
    public static final String DUE_DATE = "dueDate";
    public static final String DONE = "done";
    /** The MEETING_ITEM.TITLE column's length. */
    public static final int TITLE_MAX = 450;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Problems of a new item. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        MeetingItemKind chosen = FieldChecks.choice(MeetingItemKind.class, kind, null, KIND, problems).orElse(null);
        problems.addAll(problems(chosen));
        return problems;
    }

    /** Problems of these fields for an item of {@code itemKind} (null: unknown, only the title is checked). */
    public List<FieldProblem> problems(MeetingItemKind itemKind) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.requireText(title, TITLE_MAX, TITLE, problems);
        if (itemKind == MeetingItemKind.ACTION) {
            if (FieldChecks.strip(ownerKey).isEmpty()) {
                problems.add(FieldProblem.of(OWNER_KEY, "capokr.meeting.error.ownerRequired"));
            } else {
                FieldChecks.limitColumn(ownerKey, 255, OWNER_KEY, problems);
            }
            parseDate(problems);
        } else if (itemKind == MeetingItemKind.DECISION) {
            if (!FieldChecks.strip(ownerKey).isEmpty()) {
                problems.add(FieldProblem.of(OWNER_KEY, "capokr.meeting.error.actionsOnly"));
            }
            if (!FieldChecks.strip(dueDate).isEmpty()) {
                problems.add(FieldProblem.of(DUE_DATE, "capokr.meeting.error.actionsOnly"));
            }
        }
        return problems;
    }

    /**
     * What a {@code PUT} says of an item's fields ({@link Change}): one left out keeps its value. The title cannot be
     * cleared, nor an action's owner; a null due date is none, and a null {@code done} is not done.
     */
    public record Edit(Change<String> title, Change<String> ownerKey, Change<String> dueDate, Change<Boolean> done) {

        public Edit {
            title = Change.orKeep(title);
            ownerKey = Change.orKeep(ownerKey);
            dueDate = Change.orKeep(dueDate);
            done = Change.orKeep(done);
        }

        /** The item's fields after this edit; its kind is not editable and stays. */
        public MeetingItemDraft over(MeetingItem current) {
            return new MeetingItemDraft(null, title.over(current.title()), ownerKey.over(current.ownerKey()),
                    dueDate.over(current.dueDate() == null ? null : current.dueDate().toString()));
        }

        /** Whether the item is done after this edit. */
        public boolean doneOver(MeetingItem current) {
            return Boolean.TRUE.equals(done.over(current.done()));
        }
    }

    /** Call only when there are no problems. */
    public MeetingItemKind kindValue() {
        return FieldChecks.choice(MeetingItemKind.class, kind, null, KIND, new ArrayList<>()).orElseThrow();
    }

    public String cleanTitle() {
        return FieldChecks.strip(title);
    }

    /** The owner's key, or null for none. */
    public String cleanOwnerKey() {
        String key = FieldChecks.strip(ownerKey);
        return key.isEmpty() ? null : key;
    }

    /** The due date, or null for none. Call only when there are no problems. */
    public LocalDate dueDateValue() {
        return parseDate(new ArrayList<>());
    }

    private LocalDate parseDate(List<FieldProblem> problems) {
        String text = FieldChecks.strip(dueDate);
        if (text.isEmpty()) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(FieldProblem.of(DUE_DATE, "capokr.error.date.invalid", text));
        return null;
    }
}
