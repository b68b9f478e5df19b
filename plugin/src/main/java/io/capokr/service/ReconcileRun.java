package io.capokr.service;

import java.time.Duration;
import java.time.Instant;

/** One reconcile: when it started, how many links it checked and corrected, how many issues were gone, how long. */
public record ReconcileRun(Instant startedAt, int checked, int corrected, int missing, Duration took) {
}
