// Source: docs/jira-platform.md "JQL function" [V] (MessageSetImpl class, no-arg constructor) ; Jira's JQL functions return new MessageSetImpl()
package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/** Compile-only mirror of Jira's MessageSetImpl (members Cap uses only); it keeps its messages for Mockito tests. */
public class MessageSetImpl implements MessageSet {

    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }
}
