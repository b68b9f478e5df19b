package io.capokr.okr;

import java.util.List;

/**
 * Why a value given for a field was refused. The message is an i18n key (with its arguments), so
 * the domain stays free of wording and each user reads the reason in their own language.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
