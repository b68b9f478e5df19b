package io.capokr.okr;

/** How the owner feels about reaching the key result, said at each weekly check-in. */
public enum Confidence {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
