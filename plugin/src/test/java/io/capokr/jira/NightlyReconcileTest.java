package io.capokr.jira;

import static org.hamcrest.CoreMatchers.allOf;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.capokr.service.Reconcile;
import io.capokr.service.ReconcileRun;
import io.capokr.testing.StandardError;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The nightly reconcile's life with Atlassian Scheduler, over Mockito's scheduler. */
public class NightlyReconcileTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final Reconcile reconcile = mock(Reconcile.class);
    private final NightlyReconcile nightly = new NightlyReconcile(scheduler, reconcile);

    @Test
    public void startingRegistersTheRunnerAndSchedulesItEveryNightOncePerCluster() throws Exception {
        nightly.start();

        verify(scheduler).registerJobRunner(NightlyReconcile.RUNNER, nightly);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(NightlyReconcile.JOB), config.capture());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(NightlyReconcile.RUNNER, config.getValue().getJobRunnerKey());
        assertEquals("0 30 2 * * ?", config.getValue().getSchedule().toString());
    }

    @Test
    public void aSchedulerThatRefusesIsLoggedAndTheAppStillStarts() throws Exception {
        doThrow(new SchedulerServiceException("no scheduler")).when(scheduler).scheduleJob(any(), any());

        String logged = StandardError.of(nightly::start);

        assertThat(logged, allOf(containsString("ERROR"), containsString("Reconcile now"), containsString("no scheduler")));
    }

    @Test
    public void stoppingUnregistersTheRunnerAndLeavesTheClustersJobScheduled() {
        nightly.stop();

        verify(scheduler).unregisterJobRunner(NightlyReconcile.RUNNER);
    }

    @Test
    public void aRunReconcilesAndSaysWhatItDid() {
        when(reconcile.run()).thenReturn(new ReconcileRun(Instant.EPOCH, 1200, 3, 1, Duration.ofMillis(850)));

        JobRunnerResponse response = nightly.runJob(mock(JobRunnerRequest.class));

        assertEquals("1200 links checked, 3 corrected, 1 issues gone, in 850 ms", response.toString());
    }

    @Test
    public void aFailedRunIsLoggedAndReportedToTheScheduler() {
        IllegalStateException failure = new IllegalStateException("database down");
        when(reconcile.run()).thenThrow(failure);
        JobRunnerResponse[] response = new JobRunnerResponse[1];

        String logged = StandardError.of(() -> response[0] = nightly.runJob(mock(JobRunnerRequest.class)));

        assertEquals("the scheduler records the failure", String.valueOf(failure), response[0].toString());
        assertThat(logged, allOf(containsString("ERROR"), containsString("nightly reconcile failed"), containsString("database down")));
    }
}
