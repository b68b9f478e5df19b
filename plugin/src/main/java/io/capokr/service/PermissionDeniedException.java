package io.capokr.service;

/** The caller is known but not allowed to do this. */
public class PermissionDeniedException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String messageKey, Object... arguments) {
        super(Reason.FORBIDDEN, messageKey, arguments);
    }
}
