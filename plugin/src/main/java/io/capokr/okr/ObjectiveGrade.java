package io.capokr.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An objective's end-of-cycle grade: the weighted mean of its key results' grades (weights as for progress,
 * {@link Progress#ofObjective}), where a key result not graded yet counts with the grade its progress suggests. Kept
 * to two decimals, not rounded to a tenth like a key result's, so that a committed objective with one key result at
 * 0.9 among several at 1.0 still reads as under 1.0, which it is: a miss. An objective without key results grades 0.
 */
public record ObjectiveGrade(double value) {

    /** A key result's part: its grade (given or suggested) and its weight. */
    public record Part(Grade grade, double weight) {
    }

    public ObjectiveGrade {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("A grade is between 0 and 1: " + value);
        }
        // Through nine decimals first, so that floating-point noise (0.7749999... for 3.1 / 4) rounds as the sum means.
        value = BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    public static ObjectiveGrade of(List<Part> keyResults) {
        double mean = Progress.ofObjective(keyResults.stream()
                .map(part -> new Progress.Weighted(part.grade().value(), part.weight())).toList());
        return new ObjectiveGrade(Progress.clamp(mean));
    }

    /** The key result's grade if it has one, else the one its progress suggests. */
    public static Grade gradeOrSuggested(Double grade, double progress) {
        return grade == null ? Grade.suggestedFor(progress) : new Grade(grade);
    }

    /** The same bands as a key result's: 0.7 and over green, 0.4 and over yellow, red below. */
    public Grade.Band band() {
        if (value >= 0.7) {
            return Grade.Band.GREEN;
        }
        return value >= 0.4 ? Grade.Band.YELLOW : Grade.Band.RED;
    }

    /** A committed objective promised everything: under 1.0 is a miss. Aspirational ones never miss. */
    public boolean isMiss(ObjectiveType type) {
        return type == ObjectiveType.COMMITTED && value < 1.0;
    }
}
