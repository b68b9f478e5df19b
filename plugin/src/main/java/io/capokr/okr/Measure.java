package io.capokr.okr;

import java.util.Objects;

/** How a key result is measured. Each kind knows its own progress rule (DESIGN §7). */
public sealed interface Measure permits Measure.Metric, Measure.Milestone, Measure.Issues {

    /** Progress in [0, 1]; issues-measured key results read the tally of their contributing links. */
    double progress(Tally contributing);

    MeasureKind kind();

    /** A number that should move from start to target (or stay in a band), such as "signups per week". */
    record Metric(double start, double target, double current, String unit, Direction direction) implements Measure {

        public Metric {
            Objects.requireNonNull(direction, "direction");
            unit = unit == null ? "" : unit;
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.METRIC;
        }

        /** The same metric with a new current value, as a check-in records it. */
        public Metric withCurrent(double value) {
            return new Metric(start, target, value, unit, direction);
        }

        /**
         * Share of the way from start to target, clamped to [0, 1]; for MAINTAIN, 1 inside the band.
         * A target equal to its start is reached or not: there is no way to go part of it.
         */
        @Override
        public double progress(Tally ignored) {
            if (direction == Direction.MAINTAIN) {
                return current >= Math.min(start, target) && current <= Math.max(start, target) ? 1 : 0;
            }
            if (target == start) {
                boolean reached = direction == Direction.INCREASE ? current >= target : current <= target;
                return reached ? 1 : 0;
            }
            return Progress.clamp((current - start) / (target - start));
        }
    }

    /** Something that is done or not, such as "pricing page launched". */
    record Milestone(boolean done) implements Measure {

        @Override
        public MeasureKind kind() {
            return MeasureKind.MILESTONE;
        }

        @Override
        public double progress(Tally ignored) {
            return done ? 1 : 0;
        }
    }

    /** Progress read from the status of the linked issues. */
    record Issues(IssueWeighting weighting) implements Measure {

        public Issues {
            Objects.requireNonNull(weighting, "weighting");
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.ISSUES;
        }

        @Override
        public double progress(Tally contributing) {
            return weighting == IssueWeighting.STORY_POINTS ? contributing.storyPointProgress() : contributing.countProgress();
        }
    }
}
