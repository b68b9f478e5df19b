package io.capokr.okr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The limits a cycle must respect, shared by validation and by the pages that explain them. */
public final class CycleRules {

    public static final int NAME_MAX_LENGTH = 255;
    /** A leap year: longer than a year is not a cycle any team can steer by. */
    public static final int MAX_LENGTH_DAYS = 366;
    /** The OKR method's rhythm: 90 days, both ends included. */
    public static final int DEFAULT_LENGTH_DAYS = 90;

    private CycleRules() {
    }

    /**
     * A second "2027 Q1" is almost surely a mistake, and two cycles of one name could not be told
     * apart in pickers and reports; so names are unique, ignoring case.
     */
    public static List<FieldProblem> nameProblems(String name, List<Cycle> existing) {
        boolean taken = existing.stream().anyMatch(cycle -> cycle.name().equalsIgnoreCase(name));
        return taken ? List.of(FieldProblem.of(CycleDraft.NAME, "capokr.error.cycle.name.taken", name)) : List.of();
    }

    public static long lengthInDays(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public static LocalDate defaultEndFor(LocalDate start) {
        return start.plusDays(DEFAULT_LENGTH_DAYS - 1L);
    }
}
