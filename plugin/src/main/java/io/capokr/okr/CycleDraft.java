package io.capokr.okr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cycle as someone typed it, before it is checked: dates arrive as ISO-8601 text so that a value
 * which is not a date is reported against its own field, like any other mistake.
 */
public record CycleDraft(String name, String startDate, String endDate) {

    public static final String NAME = "name";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    /** Four-digit years: a cycle in year 10000 is a typo, and dates are stored as sortable text. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Every problem with this draft, one per field at most; empty when it makes a valid cycle of the usual length. */
    public List<FieldProblem> problems() {
        return problems(CycleRules.DEFAULT_LENGTH_DAYS);
    }

    /** The same, where a missing end date means {@code defaultLength} days (the site's setting). */
    public List<FieldProblem> problems(int defaultLength) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmedName = trimmedName();
        if (trimmedName.isEmpty()) {
            problems.add(FieldProblem.of(NAME, "capokr.error.cycle.name.required"));
        } else if (!FieldChecks.wellFormed(trimmedName, NAME, problems)) {
            // reported
        } else if (trimmedName.length() > CycleRules.NAME_MAX_LENGTH) {
            // UTF-16 units, as the VARCHAR(255) column counts them on H2 and SQL Server: an emoji counts twice.
            problems.add(FieldProblem.of(NAME, "capokr.error.cycle.name.tooLong", CycleRules.NAME_MAX_LENGTH));
        }
        LocalDate start = parse(startDate, START_DATE, problems);
        LocalDate end = endDate == null || endDate.isBlank() ? null : parse(endDate, END_DATE, problems);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.add(FieldProblem.of(END_DATE, "capokr.error.cycle.endDate.notAfterStart"));
            } else if (CycleRules.lengthInDays(start, end) > CycleRules.MAX_LENGTH_DAYS) {
                problems.add(FieldProblem.of(END_DATE, "capokr.error.cycle.endDate.tooLong", CycleRules.MAX_LENGTH_DAYS));
            }
        } else if (start != null && (endDate == null || endDate.isBlank())) {
            if (CycleRules.defaultEndFor(start, defaultLength).getYear() > 9999) {
                // The default length on would leave four-digit years: this end must be given.
                problems.add(FieldProblem.of(END_DATE, "capokr.error.date.required"));
            }
        }
        return problems;
    }

    /**
     * The cycle this draft describes, new and in planning. A missing end date means the method's
     * default of 90 days. Call only when {@link #problems()} is empty.
     */
    public Cycle toNewCycle() {
        return toNewCycle(CycleRules.DEFAULT_LENGTH_DAYS);
    }

    /** The same, where a missing end date means {@code defaultLength} days (the site's setting). */
    public Cycle toNewCycle(int defaultLength) {
        if (!problems(defaultLength).isEmpty()) {
            throw new IllegalStateException("Draft has problems: " + problems());
        }
        LocalDate start = LocalDate.parse(startDate.trim());
        LocalDate end = endDate == null || endDate.isBlank() ? CycleRules.defaultEndFor(start, defaultLength)
                : LocalDate.parse(endDate.trim());
        return new Cycle(0, trimmedName(), start, end, CycleState.PLANNING);
    }

    /**
     * The existing cycle with this draft's name and dates, as a full replacement: a missing end date is again
     * {@code defaultLength} days from the start. Its id, state and version stay. Call only when
     * {@link #problems(int)} is empty.
     */
    public Cycle applyTo(Cycle current, int defaultLength) {
        Cycle edited = toNewCycle(defaultLength);
        return current.rescheduled(edited.name(), edited.startDate(), edited.endDate());
    }

    /**
     * What a {@code PUT} says of a cycle's fields ({@link Change}): each one it leaves out keeps its value; name and
     * start date cannot be cleared (a null is refused as a missing value), a null end date means the default length
     * again, as on create.
     */
    public record Edit(Change<String> name, Change<String> startDate, Change<String> endDate) {

        public Edit {
            name = Change.orKeep(name);
            startDate = Change.orKeep(startDate);
            endDate = Change.orKeep(endDate);
        }

        /** The draft of {@code current} with this edit's changes, to be checked as any draft is. */
        public CycleDraft over(Cycle current) {
            return new CycleDraft(name.over(current.name()), startDate.over(current.startDate().toString()),
                    endDate.over(current.endDate().toString()));
        }
    }

    /** This draft as an edit that gives every field: a whole replacement, nulls included. */
    public Edit asEdit() {
        return new Edit(Change.to(name), Change.to(startDate), Change.to(endDate));
    }

    private String trimmedName() {
        return name == null ? "" : name.strip();
    }

    private static LocalDate parse(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "capokr.error.date.required"));
            return null;
        }
        String trimmed = text.trim();
        try {
            // Exactly yyyy-MM-dd: ISO also allows "+10000-01-01", which would neither fit the column nor sort.
            if (ISO_DATE.matcher(trimmed).matches()) {
                return LocalDate.parse(trimmed);
            }
        } catch (DateTimeParseException e) {
            // reported below, like any other text that is not a date
        }
        problems.add(FieldProblem.of(field, "capokr.error.date.invalid", trimmed));
        return null;
    }
}
