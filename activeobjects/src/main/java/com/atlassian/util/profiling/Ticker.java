package com.atlassian.util.profiling;

/**
 * No-op stand-in for atlassian-profiling's {@code Ticker}, which Active Objects closes after each
 * timed call. Inside Jira the real class is used; this one only lets AO run outside Jira.
 */
public interface Ticker extends AutoCloseable {

    Ticker NO_OP = () -> { };

    @Override
    void close();
}
