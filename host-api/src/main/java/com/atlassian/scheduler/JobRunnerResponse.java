// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html (class; static success(), success(String), failed(Throwable), failed(String), aborted(String))
package com.atlassian.scheduler;

/** Compile-only mirror of Atlassian Scheduler's run result (members Cap calls only). */
public class JobRunnerResponse {

    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(String.valueOf(cause));
    }

    /** Not in the real class's API as declared here; for tests only. */
    @Override
    public String toString() {
        return message;
    }
}
