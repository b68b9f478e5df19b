package io.capokr.okr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly meeting's rules: how a key result's progress moved over a week, and when it has gone too long
 * without a check-in. Pure, so the page, the REST answer and the tests agree on them.
 */
public final class WeeklyRules {

    /** A key result without a check-in for this many days or more needs one: the method's rhythm is weekly. */
    public static final int STALE_AFTER_DAYS = 7;

    private WeeklyRules() {
    }

    /** Which way progress went over the week. NEW: the key result had no progress yet when the week began. */
    public enum Trend {
        UP, DOWN, SAME, NEW
    }

    /**
     * A key result's progress at the end of the previous week ({@code before}, null when it had no history yet,
     * being created since) and at the end of this one (or now, while the week is under way).
     */
    public record Delta(Double before, double after) {

        /** after − before; null for a key result that is new this week, which has nothing to compare with. */
        public Double change() {
            if (before == null) {
                return null;
            }
            double change = after - before;
            return Math.abs(change) < History.SAME ? 0.0 : change;
        }

        public Trend trend() {
            Double change = change();
            if (change == null) {
                return Trend.NEW;
            }
            return change > 0 ? Trend.UP : change < 0 ? Trend.DOWN : Trend.SAME;
        }
    }

    /**
     * The delta from a key result's progress history (its points, in any order): the last point on or before the
     * end of the previous week, and the last point on or before {@code asOf}. A key result with no point by
     * {@code asOf} counts as 0 then, as a new key result's progress is.
     */
    public static Delta delta(List<ProgressPoint> points, IsoWeek week, LocalDate asOf) {
        ProgressPoint before = History.lastOnOrBefore(points, week.previous().end());
        ProgressPoint after = History.lastOnOrBefore(points, asOf);
        return new Delta(before == null ? null : before.progress(), after == null ? 0 : after.progress());
    }

    /**
     * Whether a key result last checked in at {@code lastCheckIn} (null: never) is overdue for one at {@code asOf}:
     * {@value #STALE_AFTER_DAYS} full days or more, or never. Nothing is overdue before its cycle starts.
     */
    public static boolean noRecentCheckIn(Instant lastCheckIn, Instant asOf, boolean cycleStarted) {
        if (!cycleStarted) {
            return false;
        }
        return lastCheckIn == null || Duration.between(lastCheckIn, asOf).toDays() >= STALE_AFTER_DAYS;
    }

    /** Whole days since the check-in (null: never checked in). */
    public static Long daysSince(Instant lastCheckIn, Instant asOf) {
        return lastCheckIn == null ? null : Math.max(0, Duration.between(lastCheckIn, asOf).toDays());
    }
}
