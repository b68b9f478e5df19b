package io.capokr.okr;

/** Numbers people type, as the database can keep them. */
final class Numbers {

    /**
     * Active Objects refuses doubles beyond the float range (3.40282347E38 either way) for portability;
     * a larger value would fail the insert (a 500), so it is reported against its field instead.
     */
    static final double MAX_MAGNITUDE = Float.MAX_VALUE;

    private Numbers() {
    }

    static boolean storable(double value) {
        return Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
    }
}
