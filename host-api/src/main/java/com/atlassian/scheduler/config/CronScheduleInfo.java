// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/CronScheduleInfo.html (final class; String getCronExpression() @Nonnull, TimeZone getTimeZone() @Nullable)
package com.atlassian.scheduler.config;

import java.util.TimeZone;

/**
 * Compile-only mirror of Atlassian Scheduler's description of a cron schedule (members the sandbox's scheduler reads
 * only; the app itself calls none).
 */
public final class CronScheduleInfo {

    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    /** Null when the schedule was made without one: the server's time zone applies. */
    public TimeZone getTimeZone() {
        return timeZone;
    }
}
