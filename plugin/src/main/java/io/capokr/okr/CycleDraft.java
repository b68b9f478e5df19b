package io.capokr.okr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cycle as someone typed it, before it is checked: dates arrive as ISO-8601 text so that a value
 * which is not a date is reported against its own field, like any other mistake.
 */
public record CycleDraft(String name, String startDate, String endDate) {

    public static final String NAME = "name";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";

    /** Every problem with this draft, one per field at most; empty when it makes a valid cycle. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmedName = trimmedName();
        if (trimmedName.isEmpty()) {
            problems.add(FieldProblem.of(NAME, "capokr.error.cycle.name.required"));
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
        }
        return problems;
    }

    /**
     * The cycle this draft describes, new and in planning. A missing end date means the method's
     * default of 90 days. Call only when {@link #problems()} is empty.
     */
    public Cycle toNewCycle() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("Draft has problems: " + problems());
        }
        LocalDate start = LocalDate.parse(startDate.trim());
        LocalDate end = endDate == null || endDate.isBlank() ? CycleRules.defaultEndFor(start) : LocalDate.parse(endDate.trim());
        return new Cycle(0, trimmedName(), start, end, CycleState.PLANNING);
    }

    private String trimmedName() {
        return name == null ? "" : name.strip();
    }

    private static LocalDate parse(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "capokr.error.date.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "capokr.error.date.invalid", text.trim()));
            return null;
        }
    }
}
