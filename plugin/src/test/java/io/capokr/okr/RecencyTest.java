package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class RecencyTest {

    private static final Instant NOW = Instant.parse("2027-02-15T10:00:00Z");

    @Test
    public void neverTodayYesterdayOrDaysAgo() {
        assertEquals(Phrase.of("never"), Recency.of(null, NOW, "never"));
        assertEquals(Phrase.of("capokr.time.today"), Recency.of(NOW.minus(Duration.ofHours(23)), NOW, "never"));
        assertEquals(Phrase.of("capokr.time.yesterday"), Recency.of(NOW.minus(Duration.ofHours(25)), NOW, "never"));
        assertEquals(Phrase.of("capokr.time.daysAgo", 3L), Recency.of(NOW.minus(Duration.ofDays(3)), NOW, "never"));
    }

    @Test
    public void aClockBehindTheRecordStillSaysToday() {
        assertEquals(Phrase.of("capokr.time.today"), Recency.of(NOW.plusSeconds(5), NOW, "never"));
    }
}
