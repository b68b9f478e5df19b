package io.capokr.service;

/** What the call refers to does not exist. */
public class NotFoundException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(Reason.NOT_FOUND, messageKey, arguments);
    }
}
