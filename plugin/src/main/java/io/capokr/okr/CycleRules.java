package io.capokr.okr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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

    /**
     * The cycle a project page shows when none is asked for: the active cycle that contains today; else any
     * cycle containing today; else the next one to start; else the latest. Teams open the page to see "now",
     * and a new site has only planned cycles.
     */
    public static Optional<Cycle> shownByDefault(List<Cycle> all, LocalDate today) {
        Predicate<Cycle> containsToday = c -> !today.isBefore(c.startDate()) && !today.isAfter(c.endDate());
        return all.stream().filter(c -> c.state() == CycleState.ACTIVE && containsToday.test(c)).findFirst()
                .or(() -> all.stream().filter(containsToday).findFirst())
                .or(() -> all.stream().filter(c -> c.startDate().isAfter(today)).min(Comparator.comparing(Cycle::startDate)))
                .or(() -> all.stream().max(Comparator.comparing(Cycle::startDate)));
    }
}
