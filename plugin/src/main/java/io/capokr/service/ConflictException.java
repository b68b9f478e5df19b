package io.capokr.service;

/** Someone else saved the same thing first: the caller's copy is stale. Nothing was written. */
public class ConflictException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(Reason.CONFLICT, messageKey, arguments);
    }
}
