// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html (final class; static forCronExpression(String), forInterval(long, Date), runOnce(Date); CronScheduleInfo getCronScheduleInfo() for Type.CRON_EXPRESSION); Schedule.forCronExpression(String) called in public Atlassian-platform plugins
package com.atlassian.scheduler.config;

/** Compile-only mirror of Atlassian Scheduler's schedule (members Cap calls only). */
public final class Schedule {

    private final String cronExpression;

    private Schedule(String cronExpression) {
        this.cronExpression = cronExpression;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule(cronExpression);
    }

    /** The cron expression this schedule was made with (the real class answers null for an interval schedule). */
    public CronScheduleInfo getCronScheduleInfo() {
        return new CronScheduleInfo(cronExpression, null);
    }

    /** Not in the real class's API as declared here; for tests only. */
    @Override
    public String toString() {
        return cronExpression;
    }
}
