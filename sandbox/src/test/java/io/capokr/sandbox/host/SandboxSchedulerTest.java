package io.capokr.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.capokr.aokit.Database;
import io.capokr.aokit.TestDatabase;
import io.capokr.sandbox.host.SandboxScheduler.Outcome;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The sandbox's scheduler runs a cluster's jobs as Atlassian Scheduler does, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class SandboxSchedulerTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    private static final JobRunnerKey RUNNER = JobRunnerKey.of("test-runner");
    private static final JobId JOB = JobId.of("test-job");
    private static final Schedule NIGHTLY = Schedule.forCronExpression("0 30 2 * * ?");

    private final Database database;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<SandboxScheduler> schedulers = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final JobRunner counting = request -> {
        runs.incrementAndGet();
        return JobRunnerResponse.success("counted");
    };

    public SandboxSchedulerTest(TestDatabase kind) {
        this.database = kind.open("io.capokr.jira");
    }

    @After
    public void close() {
        threads.shutdownNow();
        schedulers.forEach(SandboxScheduler::close);
        database.close();
    }

    @Test
    public void aRunOncePerClusterJobDueOnTwoNodesAtOnceRunsOnOneOfThemEachTime() throws Exception {
        SandboxScheduler first = scheduler("node1", RunMode.RUN_ONCE_PER_CLUSTER);
        SandboxScheduler second = scheduler("node2", RunMode.RUN_ONCE_PER_CLUSTER);
        for (int night = 0; night < 10; night++) {
            Instant due = Instant.parse("2041-01-01T02:30:00Z").plusSeconds(86_400L * night);

            List<Outcome> outcomes = together(() -> first.runDue(JOB, due), () -> second.runDue(JOB, due));

            assertEquals("night " + night + ": " + outcomes, 1, outcomes.stream().filter(Outcome.RAN_HERE::equals).count());
            assertTrue(outcomes.contains(Outcome.RAN_ON_ANOTHER_NODE));
        }
        assertEquals(10, runs.get());
        assertEquals(10, first.runsHere() + second.runsHere());
    }

    @Test
    public void aLocalJobRunsOnEveryNode() throws Exception {
        SandboxScheduler first = scheduler("node1", RunMode.RUN_LOCALLY);
        SandboxScheduler second = scheduler("node2", RunMode.RUN_LOCALLY);
        Instant due = Instant.parse("2041-01-01T02:30:00Z");

        assertEquals(List.of(Outcome.RAN_HERE, Outcome.RAN_HERE),
                together(() -> first.runDue(JOB, due), () -> second.runDue(JOB, due)));
        assertEquals(2, runs.get());
    }

    @Test
    public void aNodeWithoutTheRunnerOrTheJobRunsNothing() throws Exception {
        SandboxScheduler node = scheduler("node1", RunMode.RUN_ONCE_PER_CLUSTER);
        Instant due = Instant.parse("2041-01-01T02:30:00Z");

        assertEquals(Outcome.NOT_SCHEDULED, node.runDue(JobId.of("unknown"), due));
        node.unregisterJobRunner(RUNNER);
        assertEquals(Outcome.NO_RUNNER_HERE, node.runDue(JOB, due));
        node.registerJobRunner(RUNNER, counting);
        assertEquals("the run was not claimed by the node that could not run it", Outcome.RAN_HERE, node.runDue(JOB, due));
        assertEquals(1, runs.get());
    }

    @Test
    public void aFailingRunIsLoggedAndTheNextRunsStill() throws Exception {
        SandboxScheduler node = scheduler("node1", RunMode.RUN_ONCE_PER_CLUSTER);
        node.registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the database went away");
        });

        assertEquals(Outcome.RAN_HERE, node.runDue(JOB, Instant.parse("2041-01-01T02:30:00Z")));
        assertEquals(Outcome.RAN_HERE, node.runDue(JOB, Instant.parse("2041-01-02T02:30:00Z")));
        assertEquals(2, runs.get());
    }

    @Test
    public void aJobRunsWhenItsCronExpressionSaysSo() throws Exception {
        SandboxScheduler node = new SandboxScheduler(database.independentConnections(), "node1");
        schedulers.add(node);
        CountDownLatch ran = new CountDownLatch(1);
        node.registerJobRunner(RUNNER, request -> {
            ran.countDown();
            return JobRunnerResponse.success("ran");
        });

        node.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withSchedule(Schedule.forCronExpression("* * * * * ?")));

        assertTrue("a job due every second ran", ran.await(30, TimeUnit.SECONDS));
    }

    @Test
    public void anExpressionThatIsNoCronIsRefused() {
        SandboxScheduler node = new SandboxScheduler(database.independentConnections(), "node1");
        schedulers.add(node);

        assertThrows(SchedulerServiceException.class, () -> node.scheduleJob(JOB,
                JobConfig.forJobRunnerKey(RUNNER).withSchedule(Schedule.forCronExpression("at half past two"))));
    }

    private SandboxScheduler scheduler(String node, RunMode mode) throws SchedulerServiceException {
        SandboxScheduler scheduler = new SandboxScheduler(database.independentConnections(), node);
        schedulers.add(scheduler);
        scheduler.registerJobRunner(RUNNER, counting);
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(mode).withSchedule(NIGHTLY));
        return scheduler;
    }

    @SafeVarargs
    private List<Outcome> together(Callable<Outcome>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<Outcome>> running = new ArrayList<>();
        for (Callable<Outcome> call : calls) {
            running.add(threads.submit(() -> {
                start.await(20, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> outcome : running) {
            outcomes.add(outcome.get(20, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
