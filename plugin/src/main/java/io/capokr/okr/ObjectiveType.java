package io.capokr.okr;

/**
 * COMMITTED objectives are promises: anything short of 1.0 at the end is a miss. ASPIRATIONAL ones
 * are stretch goals, where 0.7 is a success.
 */
public enum ObjectiveType {
    COMMITTED,
    ASPIRATIONAL
}
