package io.capokr.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capokr.okr.FieldProblem;

/** The input was refused; nothing was written. Each problem is named by its field. */
public class ValidationException extends ServiceException {

    private static final long serialVersionUID = 1L;

    static final String SUMMARY = "capokr.error.validation";

    private final transient List<FieldProblem> problems;

    /** A refusal of the input as a whole, not tied to one field (a body that is not JSON, say). */
    public ValidationException(String messageKey, Object... arguments) {
        super(Reason.INVALID, messageKey, arguments);
        this.problems = List.of();
    }

    private ValidationException(List<FieldProblem> problems) {
        super(Reason.INVALID, SUMMARY);
        this.problems = firstOfEachField(problems);
    }

    public static ValidationException of(List<FieldProblem> problems) {
        return new ValidationException(problems);
    }

    public static ValidationException of(FieldProblem problem) {
        return new ValidationException(List.of(problem));
    }

    /** Refuses the call when there is any problem; otherwise returns, and the call goes on. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw of(problems);
        }
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }

    /** A field's first problem is the one reported for it, as Jira reports one message per field. */
    private static List<FieldProblem> firstOfEachField(List<FieldProblem> problems) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
        return List.copyOf(byField.values());
    }
}
