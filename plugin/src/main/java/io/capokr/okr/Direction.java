package io.capokr.okr;

/** Which way a metric should move: up to its target, down to it, or stay within a band. */
public enum Direction {
    INCREASE,
    DECREASE,
    /** Stay between start and target (either order), for example "keep churn between 2 and 3 %". */
    MAINTAIN
}
