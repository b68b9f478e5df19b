package io.capokr.okr;

import java.time.Duration;
import java.time.Instant;

/** How long ago something happened, in the words a weekly meeting uses: today, yesterday, n days ago. */
public final class Recency {

    private Recency() {
    }

    /** {@code at} null: it never happened. */
    public static Phrase of(Instant at, Instant now, String neverKey) {
        if (at == null) {
            return Phrase.of(neverKey);
        }
        long days = Math.max(0, Duration.between(at, now).toDays());
        if (days == 0) {
            return Phrase.of("capokr.time.today");
        }
        return days == 1 ? Phrase.of("capokr.time.yesterday") : Phrase.of("capokr.time.daysAgo", days);
    }
}
