package io.capokr.okr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The progress rules of DESIGN §7: key results, objectives, and where the calendar says we should be. */
public final class Progress {

    private Progress() {
    }

    /** An issues-measured key result with no contributing links has nothing to measure yet. */
    public static boolean hasNoInitiatives(Measure measure, Tally contributing) {
        return measure instanceof Measure.Issues && contributing.total() == 0;
    }

    /** One key result's part in its objective: its progress and its weight. */
    public record Weighted(double progress, double weight) {
    }

    /**
     * Weighted mean of the key results' progress. A key result of weight 0 is shown but does not count;
     * if every weight is 0, each counts the same, since "nothing counts" is never what a team meant.
     * No key results at all: 0.
     */
    public static double ofObjective(List<Weighted> keyResults) {
        if (keyResults.isEmpty()) {
            return 0;
        }
        double totalWeight = keyResults.stream().mapToDouble(k -> Math.max(0, k.weight())).sum();
        if (totalWeight == 0) {
            return keyResults.stream().mapToDouble(Weighted::progress).average().orElse(0);
        }
        return keyResults.stream().mapToDouble(k -> Math.max(0, k.weight()) * k.progress()).sum() / totalWeight;
    }

    /** Share of the cycle elapsed on {@code today}: 0 on its first day, 1 on its last and after. */
    public static double expected(Cycle cycle, LocalDate today) {
        long length = ChronoUnit.DAYS.between(cycle.startDate(), cycle.endDate());
        return clamp((double) ChronoUnit.DAYS.between(cycle.startDate(), today) / length);
    }

    public static boolean started(Cycle cycle, LocalDate today) {
        return !today.isBefore(cycle.startDate());
    }

    static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value));
    }
}
