package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;

/**
 * A check-in as someone typed it. {@code value} is the metric's new current value (METRIC only); {@code blocker}
 * null is no blocker.
 */
public record CheckInDraft(Double value, String confidence, String note, Boolean blocker) {

    public static final String VALUE = "value";
    public static final String CONFIDENCE = "confidence";
    public static final String NOTE = "note";
    public static final String BLOCKER = "blocker";
    public static final int NOTE_MAX = 10_000;

    /** A check-in that reports no blocker. */
    public CheckInDraft(Double value, String confidence, String note) {
        this(value, confidence, note, null);
    }

    /** Problems for a check-in on a key result measured by {@code measure}. */
    public List<FieldProblem> problems(Measure measure) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.choice(Confidence.class, confidence, null, CONFIDENCE, problems);
        FieldChecks.limit(note, NOTE_MAX, NOTE, problems);
        if (value != null && !Numbers.storable(value)) {
            problems.add(FieldProblem.of(VALUE, "capokr.error.number"));
        } else if (measure instanceof Measure.Metric && value == null) {
            problems.add(FieldProblem.of(VALUE, "capokr.error.checkIn.valueRequired"));
        } else if (!(measure instanceof Measure.Metric) && value != null) {
            problems.add(FieldProblem.of(VALUE, "capokr.error.checkIn.valueOnlyForMetric"));
        }
        return problems;
    }

    /** Call only when {@link #problems} is empty. */
    public Confidence confidenceLevel() {
        return FieldChecks.choice(Confidence.class, confidence, null, CONFIDENCE, new ArrayList<>()).orElseThrow();
    }

    public boolean isBlocker() {
        return Boolean.TRUE.equals(blocker);
    }

    public String cleanNote() {
        return FieldChecks.strip(note);
    }
}
