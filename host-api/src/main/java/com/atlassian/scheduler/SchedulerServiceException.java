// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html ("Exception Summary: SchedulerServiceException", checked: scheduleJob declares it)
package com.atlassian.scheduler;

/** Compile-only mirror of Atlassian Scheduler's checked exception. */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
