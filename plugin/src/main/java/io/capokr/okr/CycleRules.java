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

    /**
     * The same rule for a cycle being renamed: its own name does not count as taken.
     */
    public static List<FieldProblem> nameProblems(String name, long selfId, List<Cycle> existing) {
        return nameProblems(name, existing.stream().filter(cycle -> cycle.id() != selfId).toList());
    }

    /**
     * The other cycles that share at least one day with this one, the earliest first. Overlaps are allowed (a
     * company quarter and a team's six-week cycle may run side by side), but worth saying, since a project page
     * shows one cycle at a time.
     */
    public static List<Cycle> overlapping(Cycle cycle, List<Cycle> all) {
        return all.stream().filter(other -> other.id() != cycle.id() && cycle.overlaps(other))
                .sorted(Comparator.comparing(Cycle::startDate).thenComparing(Cycle::id)).toList();
    }

    /** Why the cycle's name and dates cannot change (a message key taking its name); empty when they can. */
    public static Optional<String> editRefusal(Cycle cycle) {
        return cycle.state() == CycleState.CLOSED ? Optional.of("capokr.error.cycle.closed.edit") : Optional.empty();
    }

    /**
     * Why the cycle cannot be deleted (a message key taking its name and the number of objectives); empty when it
     * can. Only a cycle still in planning and without objectives goes: once started, or once teams have written
     * objectives in it, deleting would lose their work, so it is closed instead.
     */
    public static Optional<String> deleteRefusal(Cycle cycle, int objectiveCount) {
        if (cycle.state() != CycleState.PLANNING) {
            return Optional.of(cycle.state() == CycleState.ACTIVE
                    ? "capokr.error.cycle.delete.active" : "capokr.error.cycle.delete.closed");
        }
        return objectiveCount > 0 ? Optional.of("capokr.error.cycle.delete.hasObjectives") : Optional.empty();
    }

    public static long lengthInDays(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public static LocalDate defaultEndFor(LocalDate start) {
        return defaultEndFor(start, DEFAULT_LENGTH_DAYS);
    }

    /** The last day of a cycle of {@code lengthInDays} days, both ends included. */
    public static LocalDate defaultEndFor(LocalDate start, int lengthInDays) {
        return start.plusDays(lengthInDays - 1L);
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
