package io.capokr.okr;

import java.time.Instant;
import java.util.Objects;

/**
 * A measurable result that shows an objective is met. {@code confidence} and {@code lastCheckInAt} are the
 * latest check-in's, null before the first one. {@code version} guards against lost updates.
 */
public record KeyResult(long id, long objectiveId, String title, String ownerKey, Measure measure, double weight,
                        int rank, Confidence confidence, int version, Instant lastCheckInAt) {

    public static final double DEFAULT_WEIGHT = 1;

    public KeyResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(measure, "measure");
    }
}
