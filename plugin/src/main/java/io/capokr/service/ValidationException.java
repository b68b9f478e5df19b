package io.capokr.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capokr.host.Messages;
import io.capokr.okr.FieldProblem;

/** The input was refused; nothing was written. Each problem is named by its field. */
public class ValidationException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public ValidationException(String summary, Map<String, String> fieldErrors) {
        super(Reason.INVALID, summary);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Localizes the domain's problems; the first problem of a field is the one reported for it. */
    static ValidationException of(List<FieldProblem> problems, Messages messages) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.putIfAbsent(problem.field(), messages.text(problem.messageKey(), problem.arguments().toArray()));
        }
        return new ValidationException(messages.text("capokr.error.validation"), byField);
    }

    /** The summary only when no field carries the detail, as Jira does. */
    /** Refuses the call when there is any problem; otherwise returns, and the call goes on. */
    static void throwIfAny(List<FieldProblem> problems, Messages messages) {
        if (!problems.isEmpty()) {
            throw of(problems, messages);
        }
    }

    @Override
    public List<String> errorMessages() {
        return fieldErrors.isEmpty() ? List.of(getMessage()) : List.of();
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
