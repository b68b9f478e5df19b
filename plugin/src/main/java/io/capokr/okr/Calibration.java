package io.capokr.okr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The calibration checks: rules a program can check on how key results and objectives are set up, each
 * answering {@link CalibrationWarning}s, never refusing anything.
 * <ul>
 * <li>{@code METRIC_NO_UNIT}: a metric without a unit ("reach 40" of what?) cannot be read by anyone else.</li>
 * <li>{@code METRIC_START_EQUALS_TARGET}: a metric whose start is its target measures nothing on the way: progress
 *     is 0 or 1 (for MAINTAIN, a band of zero width). Said for every direction.</li>
 * <li>{@code ISSUES_NO_CONTRIBUTING_ISSUE}: a key result measured by issues with no linked issue that contributes
 *     has no progress to show (context-only links do not count).</li>
 * <li>{@code FORECAST_BELOW_TARGET}: once a third of the cycle has passed (days from the start over days from start
 *     to end, at least 1/3), a key result whose straight-line {@link #forecast forecast} at the cycle's end is under
 *     {@value #FORECAST_FLOOR}.</li>
 * <li>{@code OBJECTIVE_TOO_MANY_KEY_RESULTS}: more than {@value #MAX_KEY_RESULTS} key results dilute the objective.</li>
 * <li>{@code OBJECTIVE_NO_KEY_RESULT}: an objective without a key result cannot be measured.</li>
 * </ul>
 * "A key result without an owner" is not a rule: the model makes the owner mandatory (the creator by default), so it
 * could never fire.
 */
public final class Calibration {

    public static final int MAX_KEY_RESULTS = 5;
    public static final double FORECAST_FLOOR = 0.7;

    private Calibration() {
    }

    /**
     * The key result's own warnings.
     *
     * @param contributing its contributing linked issues (read only for a key result measured by issues)
     * @param history      its progress points, in any order (see {@link History})
     */
    public static List<CalibrationWarning> ofKeyResult(KeyResult keyResult, Tally contributing, Cycle cycle,
                                                       LocalDate today, List<ProgressPoint> history) {
        List<CalibrationWarning> warnings = new ArrayList<>();
        if (keyResult.measure() instanceof Measure.Metric metric) {
            if (metric.unit().isBlank()) {
                warnings.add(CalibrationWarning.of(CalibrationWarning.Code.METRIC_NO_UNIT));
            }
            if (metric.start() == metric.target()) {
                warnings.add(CalibrationWarning.of(CalibrationWarning.Code.METRIC_START_EQUALS_TARGET));
            }
        }
        if (keyResult.measure() instanceof Measure.Issues && contributing.total() == 0) {
            warnings.add(CalibrationWarning.of(CalibrationWarning.Code.ISSUES_NO_CONTRIBUTING_ISSUE));
        }
        if (thirdElapsed(cycle, today)) {
            forecast(history, today, cycle.endDate()).ifPresent(forecast -> {
                if (forecast < FORECAST_FLOOR) {
                    warnings.add(CalibrationWarning.of(CalibrationWarning.Code.FORECAST_BELOW_TARGET,
                            (int) Math.round(forecast * 100)));
                }
            });
        }
        return warnings;
    }

    /** The objective's own warnings, from how many key results it has. */
    public static List<CalibrationWarning> ofObjective(int keyResults) {
        if (keyResults == 0) {
            return List.of(CalibrationWarning.of(CalibrationWarning.Code.OBJECTIVE_NO_KEY_RESULT));
        }
        if (keyResults > MAX_KEY_RESULTS) {
            return List.of(CalibrationWarning.of(CalibrationWarning.Code.OBJECTIVE_TOO_MANY_KEY_RESULTS, MAX_KEY_RESULTS));
        }
        return List.of();
    }

    /**
     * Whether at least a third of the cycle has passed: {@code 3 × (today − start) ≥ (end − start)}, in whole days
     * and integer arithmetic, so "exactly a third" counts without rounding doubt. Before that, too little history
     * exists for a forecast to mean anything.
     */
    public static boolean thirdElapsed(Cycle cycle, LocalDate today) {
        long elapsed = ChronoUnit.DAYS.between(cycle.startDate(), today);
        long length = ChronoUnit.DAYS.between(cycle.startDate(), cycle.endDate());
        return elapsed >= 0 && 3 * elapsed >= length;
    }

    /**
     * The progress a key result reaches on {@code end} if it keeps its pace, clamped to [0, 1]; empty with fewer
     * than two points up to today.
     * <p>
     * The pace is a least-squares line through the points (x in days, y in progress), not the slope from the first
     * point to the last: that one reads only two points, so one early jump or one late correction would set the
     * forecast alone, where the fit weighs every change. Since a point is written only on a day progress changed,
     * the latest point is carried forward to {@code today} as one more point: a key result that stopped moving
     * weeks ago thereby flattens its line instead of keeping the pace of its last change.
     */
    public static OptionalDouble forecast(List<ProgressPoint> history, LocalDate today, LocalDate end) {
        List<ProgressPoint> points = new ArrayList<>(history.stream().filter(p -> !p.day().isAfter(today))
                .sorted((a, b) -> a.day().compareTo(b.day())).toList());
        if (points.size() < 2) {
            return OptionalDouble.empty();
        }
        ProgressPoint latest = points.get(points.size() - 1);
        if (latest.day().isBefore(today)) {
            points.add(new ProgressPoint(today, latest.progress()));
        }
        LocalDate origin = points.get(0).day();
        int n = points.size();
        double meanX = 0;
        double meanY = 0;
        for (ProgressPoint point : points) {
            meanX += ChronoUnit.DAYS.between(origin, point.day());
            meanY += point.progress();
        }
        meanX /= n;
        meanY /= n;
        double covariance = 0;
        double variance = 0;
        for (ProgressPoint point : points) {
            double dx = ChronoUnit.DAYS.between(origin, point.day()) - meanX;
            covariance += dx * (point.progress() - meanY);
            variance += dx * dx;
        }
        double slope = variance == 0 ? 0 : covariance / variance;
        double atEnd = meanY + slope * (ChronoUnit.DAYS.between(origin, end) - meanX);
        return OptionalDouble.of(Progress.clamp(atEnd));
    }
}
