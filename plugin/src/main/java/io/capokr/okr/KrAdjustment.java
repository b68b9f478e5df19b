package io.capokr.okr;

import java.time.Instant;
import java.util.Objects;

/**
 * A change the mid-cycle review made to a key result, with the value it replaced: the key result's history shows
 * what it was measured against before. Values are kept as text (a target as a plain decimal number).
 */
public record KrAdjustment(long id, long reviewId, long keyResultId, Field field, String oldValue, String newValue,
                           String byKey, Instant at) {

    /** What an adjustment may change: the target of a metric, or any key result's title. */
    public enum Field {
        TARGET,
        TITLE
    }

    public KrAdjustment {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(byKey, "byKey");
        Objects.requireNonNull(at, "at");
    }
}
