// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html (JobRunnerRequest is an interface; Cap calls none of its members)
package com.atlassian.scheduler;

/** Compile-only mirror of Atlassian Scheduler's run request (no member Cap calls). */
public interface JobRunnerRequest {
}
