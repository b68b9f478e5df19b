// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html (enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY })
package com.atlassian.scheduler.config;

/** Compile-only mirror of Atlassian Scheduler's run modes. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
