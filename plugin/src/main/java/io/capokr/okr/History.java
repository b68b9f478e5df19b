package io.capokr.okr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules of progress history (DESIGN §6, PROGRESS_SNAPSHOT): a key result keeps one point per day on which
 * its progress changed, the value it had at the end of that day; and an objective's history is drawn from its
 * key results' points, each carried forward from its last known value.
 */
public final class History {

    /** Two progress values closer than this are the same: a snapshot is not written for rounding noise. */
    static final double SAME = 1e-9;

    private History() {
    }

    /** What to do with a key result's snapshots when its progress is now {@code progress}. */
    public enum Step {
        /** Nothing changed since the latest point. */
        KEEP,
        /** A new point for today. */
        ADD,
        /** Today already has a point: it takes the new value. */
        REPLACE,
        /** Today already has a point, and the change brings progress back to the day before's: today's point goes. */
        REMOVE
    }

    /**
     * The same-day rule. {@code latest} is the key result's latest point (null: none yet) and {@code previous}
     * the one before it (null: none). A key result without points gets its first; a value equal to the latest
     * point's changes nothing; a second change on the same day replaces that day's point, or removes it when
     * progress is back where the previous point left it, since progress then did not change that day.
     */
    public static Step step(ProgressPoint latest, ProgressPoint previous, LocalDate today, double progress) {
        if (latest == null) {
            return Step.ADD;
        }
        if (same(latest.progress(), progress)) {
            return Step.KEEP;
        }
        if (!latest.day().equals(today)) {
            return Step.ADD;
        }
        return previous != null && same(previous.progress(), progress) ? Step.REMOVE : Step.REPLACE;
    }

    /**
     * An objective's progress per day, over the union of its key results' days, in day order: on each day, each
     * key result counts with its last known value (its own point that day, else its latest before), weighted as
     * {@link Progress#ofObjective} weighs them. A key result with no point yet on a day (it did not exist, or had
     * no history yet) is left out of that day, not counted as 0.
     *
     * @param points  each key result's points, in any order
     * @param weights each key result's weight; a key result missing here weighs 1
     */
    public static List<ProgressPoint> ofObjective(Map<Long, List<ProgressPoint>> points, Map<Long, Double> weights) {
        TreeSet<LocalDate> days = new TreeSet<>();
        points.values().forEach(list -> list.forEach(point -> days.add(point.day())));
        List<ProgressPoint> series = new ArrayList<>();
        for (LocalDate day : days) {
            List<Progress.Weighted> known = new ArrayList<>();
            points.forEach((keyResultId, list) -> {
                ProgressPoint last = lastOnOrBefore(list, day);
                if (last != null) {
                    known.add(new Progress.Weighted(last.progress(), weights.getOrDefault(keyResultId, 1.0)));
                }
            });
            series.add(new ProgressPoint(day, Progress.ofObjective(known)));
        }
        return series;
    }

    /** The point of the latest day not after {@code day}, or null. */
    static ProgressPoint lastOnOrBefore(List<ProgressPoint> points, LocalDate day) {
        ProgressPoint last = null;
        for (ProgressPoint point : points) {
            if (!point.day().isAfter(day) && (last == null || point.day().isAfter(last.day()))) {
                last = point;
            }
        }
        return last;
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) < SAME;
    }
}
