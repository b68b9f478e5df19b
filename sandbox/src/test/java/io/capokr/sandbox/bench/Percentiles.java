package io.capokr.sandbox.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated calls, in milliseconds, and their p50 and p95 (nearest rank). */
final class Percentiles {

    private final List<Double> millis = new ArrayList<>();

    /** Times {@code call} {@code times} times. */
    static Percentiles of(int times, Runnable call) {
        Percentiles timings = new Percentiles();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            timings.add((System.nanoTime() - start) / 1e6);
        }
        return timings;
    }

    synchronized void add(double value) {
        millis.add(value);
    }

    double p50() {
        return rank(0.50);
    }

    double p95() {
        return rank(0.95);
    }

    synchronized int count() {
        return millis.size();
    }

    private synchronized double rank(double quantile) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
