package io.capokr.web;

/** Progress in [0, 1] as the whole percentage a bar and a label show. */
final class Percent {

    private Percent() {
    }

    static int of(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    }
}
