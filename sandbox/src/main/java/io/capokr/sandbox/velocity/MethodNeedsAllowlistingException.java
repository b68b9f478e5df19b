package io.capokr.sandbox.velocity;

import org.apache.velocity.exception.VelocityException;

/** A template called a method Jira would block; rendering stops, as it fails in Jira 10+. */
public final class MethodNeedsAllowlistingException extends VelocityException {

    private static final long serialVersionUID = 1L;

    public MethodNeedsAllowlistingException(String message) {
        super(message);
    }
}
