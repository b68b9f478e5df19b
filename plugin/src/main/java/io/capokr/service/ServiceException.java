package io.capokr.service;

import java.util.List;

import io.capokr.okr.FieldProblem;

/**
 * A refusal the caller should hear about, typed by cause so that REST can map it to a status code and
 * pages to a message. It carries message keys and their arguments, never text: the edge (REST's error
 * mapper, the page's context factory) translates them in the caller's language, so services need no
 * i18n and say the same thing to every caller.
 */
public abstract class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the call was refused; each reason has one HTTP status and one page message. */
    public enum Reason {
        INVALID,
        NOT_AUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Reason reason;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected ServiceException(Reason reason, String messageKey, Object... arguments) {
        // The key and arguments as the exception's message: what a log shows, in no one's language.
        super(messageKey + List.of(arguments));
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The i18n key of the refusal as a whole. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Problems with single fields, first problem of each field first; none unless the input was refused. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }
}
