package io.capokr.okr;

/** Progress measured against where the cycle's calendar says it should be by now. */
public enum Health {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK;

    /** Before the cycle starts nothing is late; then 90 % of expected is on track, 60 % at risk. */
    public static Health of(double progress, double expected, boolean cycleStarted) {
        if (!cycleStarted) {
            return NOT_STARTED;
        }
        if (progress >= 0.9 * expected) {
            return ON_TRACK;
        }
        if (progress >= 0.6 * expected) {
            return AT_RISK;
        }
        return OFF_TRACK;
    }
}
