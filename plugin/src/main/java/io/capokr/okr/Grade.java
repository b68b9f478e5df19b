package io.capokr.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** End-of-cycle grade: progress rounded to one decimal, editable by the team, read in colour bands. */
public record Grade(double value) {

    public enum Band {
        GREEN,
        YELLOW,
        RED
    }

    public Grade {
        if (value < 0 || value > 1 || Double.isNaN(value)) {
            throw new IllegalArgumentException("A grade is between 0 and 1: " + value);
        }
        value = round(value);
    }

    /** The grade a cycle's final progress suggests; the team may change it. */
    public static Grade suggestedFor(double progress) {
        return new Grade(Progress.clamp(progress));
    }

    /** 0.7 to 1.0 green, 0.4 to 0.6 yellow, 0 to 0.3 red. */
    public Band band() {
        if (value >= 0.7) {
            return Band.GREEN;
        }
        return value >= 0.4 ? Band.YELLOW : Band.RED;
    }

    /** A committed objective promised everything: less than 1.0 is a miss. Aspirational ones never miss. */
    public boolean isMiss(ObjectiveType type) {
        return type == ObjectiveType.COMMITTED && value < 1.0;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
