// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html (final class, static JobRunnerKey of(String), Comparable); used as JobRunnerKey.of(...) in public plugins
package com.atlassian.scheduler.config;

/** Compile-only mirror of Atlassian Scheduler's job runner key (members Cap calls only). */
public final class JobRunnerKey {

    private final String id;

    private JobRunnerKey(String id) {
        this.id = id;
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
