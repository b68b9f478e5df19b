package io.capokr.okr;

import java.time.Instant;
import java.util.Objects;

/**
 * A weekly check-in on a key result: the metric's value when it has one, the progress at that
 * moment, how confident the owner is, and a note on progress; {@code blocker}: the note reports a blocker that the
 * weekly meeting must help remove.
 */
public record CheckIn(long id, long keyResultId, String authorKey, Instant at, Double value, double progress,
                      Confidence confidence, String note, boolean blocker) {

    public CheckIn {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(confidence, "confidence");
        note = note == null ? "" : note;
    }

    /** A check-in that reports no blocker. */
    public CheckIn(long id, long keyResultId, String authorKey, Instant at, Double value, double progress,
                   Confidence confidence, String note) {
        this(id, keyResultId, authorKey, at, value, progress, confidence, note, false);
    }
}
