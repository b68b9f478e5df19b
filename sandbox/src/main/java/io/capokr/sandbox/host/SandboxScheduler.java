package io.capokr.sandbox.host;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.CronScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atlassian Scheduler's part in the sandbox: the jobs the app schedules run at the times their cron expressions give,
 * and on a cluster of sandboxes sharing one database they run as Jira runs them on its nodes. A
 * {@link RunMode#RUN_ONCE_PER_CLUSTER} run is claimed in the database by the first node to reach it (one row per job
 * and due time, under a primary key), and the other nodes skip it; a {@link RunMode#RUN_LOCALLY} job runs on every
 * node. Cron expressions are read by Quartz, whose syntax Atlassian's cron schedules share.
 */
public final class SandboxScheduler implements SchedulerService, AutoCloseable {

    /** What became of one due run on this node. */
    public enum Outcome { RAN_HERE, RAN_ON_ANOTHER_NODE, NOT_SCHEDULED, NO_RUNNER_HERE }

    static final String TABLE = "SANDBOX_JOB_RUN";
    private static final Logger log = LoggerFactory.getLogger(SandboxScheduler.class);

    private final DataSource connections;
    private final String node;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "sandbox-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger runsHere = new AtomicInteger();

    /** @param connections connections outside any caller's transaction, so a claim is seen by every node at once */
    public SandboxScheduler(DataSource connections, String node) {
        this.connections = connections;
        this.node = node;
        try (Connection connection = connections.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (JOB_ID VARCHAR(255) NOT NULL,"
                    + " DUE_AT BIGINT NOT NULL, NODE_ID VARCHAR(255) NOT NULL, CLAIMED_AT BIGINT NOT NULL,"
                    + " PRIMARY KEY (JOB_ID, DUE_AT))");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the sandbox scheduler's table", e);
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    /** Schedules the job, replacing its earlier schedule, as Atlassian's scheduler does for the same id. */
    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        CronScheduleInfo cron = jobConfig.getSchedule() == null ? null : jobConfig.getSchedule().getCronScheduleInfo();
        if (cron == null) {
            throw new SchedulerServiceException("The sandbox's scheduler runs cron schedules only: " + jobId);
        }
        CronExpression expression;
        try {
            expression = new CronExpression(cron.getCronExpression());
        } catch (ParseException e) {
            throw new SchedulerServiceException("Not a cron expression: " + cron.getCronExpression());
        }
        expression.setTimeZone(cron.getTimeZone() == null ? TimeZone.getDefault() : cron.getTimeZone());
        jobs.put(jobId, jobConfig);
        planNextRun(jobId, expression);
    }

    /**
     * Runs the job's run due at {@code dueAt} on this node, unless its run mode says another node has it: what the
     * clock does at each due time, and what tests call to make a time come.
     */
    public Outcome runDue(JobId jobId, Instant dueAt) {
        JobConfig config = jobs.get(jobId);
        if (config == null) {
            return Outcome.NOT_SCHEDULED;
        }
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return Outcome.NO_RUNNER_HERE;
        }
        if (config.getRunMode() == RunMode.RUN_ONCE_PER_CLUSTER && !claim(jobId, dueAt)) {
            return Outcome.RAN_ON_ANOTHER_NODE;
        }
        runsHere.incrementAndGet();
        try {
            runner.runJob(new JobRunnerRequest() { });
        } catch (RuntimeException e) {
            log.error("Job {} failed on node {}", jobId, node, e);
        }
        return Outcome.RAN_HERE;
    }

    /** How many runs this node has started, whatever their result. */
    public int runsHere() {
        return runsHere.get();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }

    private void planNextRun(JobId jobId, CronExpression expression) {
        Date next = expression.getNextValidTimeAfter(new Date());
        ScheduledFuture<?> previous = next == null ? timers.remove(jobId) : timers.put(jobId, clock.schedule(() -> {
            runDue(jobId, next.toInstant());
            if (jobs.containsKey(jobId)) {
                planNextRun(jobId, expression);
            }
        }, Math.max(0, next.getTime() - System.currentTimeMillis()), TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** True when this node is the first to claim the run; a duplicate key means another node was. */
    private boolean claim(JobId jobId, Instant dueAt) {
        try {
            return ClaimRows.insertUnlessTaken(connections, "INSERT INTO " + TABLE
                    + " (JOB_ID, DUE_AT, NODE_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)",
                    jobId.toString(), dueAt.toEpochMilli(), node, System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim the run of " + jobId + " due at " + dueAt, e);
        }
    }
}
