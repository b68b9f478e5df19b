package io.capokr.okr;

/** The kinds of {@link Measure}, by the names REST and storage use for them. */
public enum MeasureKind {
    METRIC,
    MILESTONE,
    ISSUES
}
