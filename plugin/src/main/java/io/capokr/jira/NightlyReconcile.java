package io.capokr.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.capokr.service.Reconcile;
import io.capokr.service.ReconcileRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly drift repair (DESIGN §7): Atlassian Scheduler runs {@link Reconcile#run()} once a night on one node of
 * the cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}), so copies that no issue event corrected are right by morning.
 * <p>
 * {@link #start()} registers the runner and schedules the job when the app is enabled; scheduling the same job id
 * again replaces the schedule, so every node may do it. {@link #stop()} unregisters the runner only: the job stays
 * scheduled in the cluster while another node, or this one after a restart, can run it.
 */
public class NightlyReconcile implements JobRunner {

    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.capokr.jira:nightly-reconcile");
    /** The nightly job's id, the same on every node. */
    public static final JobId JOB = JobId.of("io.capokr.jira:nightly-reconcile");
    /** 02:30 every night, server time: after most teams' day and before the morning's meetings. */
    static final String EVERY_NIGHT = "0 30 2 * * ?";

    private static final Logger log = LoggerFactory.getLogger(NightlyReconcile.class);

    private final SchedulerService scheduler;
    private final Reconcile reconcile;

    public NightlyReconcile(SchedulerService scheduler, Reconcile reconcile) {
        this.scheduler = scheduler;
        this.reconcile = reconcile;
    }

    public void start() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(EVERY_NIGHT)));
        } catch (SchedulerServiceException e) {
            // The app still works, and "Reconcile now" still repairs; only the nightly run is missing.
            log.error("Could not schedule Cap's nightly reconcile; administrators can still run Reconcile now from Cap's administration page", e);
        }
    }

    public void stop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            ReconcileRun run = reconcile.run();
            return JobRunnerResponse.success(run.checked() + " links checked, " + run.corrected() + " corrected, "
                    + run.missing() + " issues gone, in " + run.took().toMillis() + " ms");
        } catch (RuntimeException e) {
            log.error("Cap's nightly reconcile failed; copies stay as they were until the next run", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
