package io.capokr.okr;

/**
 * A key result's measure in words, as a manager reads it at a glance: "42 / 60 leads", "Done",
 * "7 of 12 issues done", "18 of 30 story points done".
 */
public final class MeasureSummary {

    private MeasureSummary() {
    }

    /** {@code contributing}: the tally of the issues that count toward progress (ignored for other measures). */
    public static Phrase of(Measure measure, Tally contributing) {
        if (measure instanceof Measure.Metric metric) {
            return metric(metric);
        }
        if (measure instanceof Measure.Milestone milestone) {
            return Phrase.of(milestone.done() ? "capokr.measure.milestone.done" : "capokr.measure.milestone.open");
        }
        Measure.Issues issues = (Measure.Issues) measure;
        if (contributing.total() == 0) {
            return Phrase.of("capokr.measure.issues.none");
        }
        if (issues.weighting() == IssueWeighting.STORY_POINTS) {
            return Phrase.of("capokr.measure.issues.points", contributing.donePoints(), contributing.allPoints());
        }
        return Phrase.of("capokr.measure.issues.count", contributing.done(), contributing.total());
    }

    private static Phrase metric(Measure.Metric metric) {
        boolean unit = !metric.unit().isBlank();
        if (metric.direction() == Direction.MAINTAIN) {
            double low = Math.min(metric.start(), metric.target());
            double high = Math.max(metric.start(), metric.target());
            return unit ? Phrase.of("capokr.measure.metric.band", metric.current(), low, high, metric.unit())
                    : Phrase.of("capokr.measure.metric.band.noUnit", metric.current(), low, high);
        }
        if (metric.direction() == Direction.DECREASE) {
            // "143 / 120 $" would read as more than done; going down, say where it stands and where it goes.
            return unit ? Phrase.of("capokr.measure.metric.down", metric.current(), metric.target(), metric.unit())
                    : Phrase.of("capokr.measure.metric.down.noUnit", metric.current(), metric.target());
        }
        return unit ? Phrase.of("capokr.measure.metric", metric.current(), metric.target(), metric.unit())
                : Phrase.of("capokr.measure.metric.noUnit", metric.current(), metric.target());
    }
}
