// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html ("JobRunnerResponse JobRunner.runJob(JobRunnerRequest request)"); package-summary: JobRunner is an interface
package com.atlassian.scheduler;

/** Compile-only mirror of Atlassian Scheduler's job runner. */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
