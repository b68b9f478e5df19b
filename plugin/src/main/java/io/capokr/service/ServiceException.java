package io.capokr.service;

import java.util.List;
import java.util.Map;

/**
 * A refusal the caller should hear about, typed by cause so that REST can map it to a status code
 * and pages to a message. Messages are already in the caller's language.
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

    protected ServiceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Messages not tied to one field. */
    public List<String> errorMessages() {
        return List.of(getMessage());
    }

    /** Messages about single fields, by field name. */
    public Map<String, String> fieldErrors() {
        return Map.of();
    }
}
