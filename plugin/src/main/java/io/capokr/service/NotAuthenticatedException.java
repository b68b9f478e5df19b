package io.capokr.service;

/** No one is logged in, and the call needs someone to be. */
public class NotAuthenticatedException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException(String messageKey, Object... arguments) {
        super(Reason.NOT_AUTHENTICATED, messageKey, arguments);
    }
}
