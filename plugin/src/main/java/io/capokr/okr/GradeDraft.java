package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;

/**
 * A key result's grade as someone chose it: 0.0 to 1.0 in steps of 0.1. The grade progress suggests
 * ({@link Grade#suggestedFor}) needs no explanation; any other needs a reason, so that the synthesis says why the
 * team judged the result better or worse than the numbers.
 */
public record GradeDraft(Double grade, String reason) {

    public static final String GRADE = "grade";
    public static final String REASON = "reason";
    /** The KEY_RESULT.GRADE_REASON column's width. */
    public static final int REASON_MAX = 450;

    public List<FieldProblem> problems(Grade suggested) {
        List<FieldProblem> problems = new ArrayList<>();
        if (grade == null) {
            problems.add(FieldProblem.of(GRADE, "capokr.error.required"));
        } else if (!isStep(grade)) {
            problems.add(FieldProblem.of(GRADE, "capokr.grade.error.step"));
        } else if (new Grade(grade).value() != suggested.value() && FieldChecks.strip(reason).isEmpty()) {
            problems.add(FieldProblem.of(REASON, "capokr.grade.error.reason", formatted(suggested.value())));
        }
        FieldChecks.limitColumn(reason, REASON_MAX, REASON, problems);
        return problems;
    }

    /**
     * What a {@code PUT} says of a grade ({@link Change}): a field left out keeps its value; the grade cannot be
     * cleared, a null reason is none (which a grade other than the suggested one refuses).
     */
    public record Edit(Change<Double> grade, Change<String> reason) {

        public Edit {
            grade = Change.orKeep(grade);
            reason = Change.orKeep(reason);
        }

        /** The grade after this edit of the current one ({@code currentGrade} null: not graded yet). */
        public GradeDraft over(Double currentGrade, String currentReason) {
            return new GradeDraft(grade.over(currentGrade), reason.over(currentReason));
        }
    }

    /** This draft as an edit that gives every field: a whole replacement, nulls included. */
    public Edit asEdit() {
        return new Edit(Change.to(grade), Change.to(reason));
    }

    /** Call only when {@link #problems} is empty. */
    public Grade toGrade() {
        return new Grade(grade);
    }

    /** The reason, or null when blank: a grade that follows progress needs none. */
    public String cleanReason() {
        String stripped = FieldChecks.strip(reason);
        return stripped.isEmpty() ? null : stripped;
    }

    /** 0.0, 0.1, ... 1.0: within floating-point noise of a tenth, between 0 and 1. */
    public static boolean isStep(double value) {
        if (!(value >= 0 && value <= 1)) {
            return false;
        }
        double tenths = value * 10;
        return Math.abs(tenths - Math.rint(tenths)) < 1e-9;
    }

    /** "0.7": how grades are written. */
    public static String formatted(double grade) {
        return String.format(java.util.Locale.ROOT, "%.1f", grade);
    }
}
