package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.jira.NightlyReconcile;
import io.capokr.sandbox.SandboxHttp.Reply;
import io.capokr.sandbox.host.DatabaseLocks;
import io.capokr.sandbox.host.SandboxScheduler;
import io.capokr.sandbox.host.SandboxScheduler.Outcome;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The suite "Data Center, two nodes": the concurrency suite with its clients split across two sandbox nodes sharing
 * one database (PostgreSQL in CI), each node with its own cluster-lock and scheduler stand-ins on that database.
 * Nothing is lost, one edit per {@code version} wins, no link or rank is doubled, what one node writes the other reads
 * at once, no cluster lock is left held, and the nightly job runs on one node only.
 */
public class TwoNodeConcurrencyTest extends ConcurrencySuite {

    @ClassRule
    public static final TwoNodes CLUSTER = new TwoNodes();

    private static final int NIGHTS = 5;

    @Override
    protected SandboxHttp node(int client) {
        return CLUSTER.http(client % 2);
    }

    @Override
    protected <T> T bean(Class<T> type) {
        return CLUSTER.node(0).beans().bean(type);
    }

    @Test
    public void whatOneNodeWritesTheOtherReadsAtOnce() {
        SandboxHttp first = node(0);
        SandboxHttp second = node(1);
        long cycle = first.createCycle("Two nodes", "2041-04-01", "2041-06-30").get("id").asLong();
        Reply created = first.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Written on node 1\"}");
        long objective = created.json().get("id").asLong();

        for (int edit = 0; edit < 10; edit++) {
            SandboxHttp writer = edit % 2 == 0 ? second : first;
            SandboxHttp reader = edit % 2 == 0 ? first : second;
            int version = writer.get(REST + "/objectives/" + objective, "lead").json().get("version").asInt();
            Reply edited = writer.putJson(REST + "/objectives/" + objective, "lead",
                    "{\"title\":\"Edit " + edit + "\",\"version\":" + version + "}");
            assertEquals(edited.toString(), 200, edited.status());

            JsonNode read = reader.get(REST + "/objectives/" + objective, "lead").json();
            assertEquals("edit " + edit + " read on the other node", "Edit " + edit, read.get("title").asText());
            assertEquals(version + 1, read.get("version").asInt());
        }
    }

    @Test
    public void noClusterLockIsLeftHeldOnceTheWritesAreDone() {
        SandboxHttp first = node(0);
        long cycle = first.createCycle("Locks released", "2041-07-01", "2041-09-30").get("id").asLong();
        for (int i = 0; i < 4; i++) {
            assertEquals(201, node(i).postJson(REST + "/objectives", "lead",
                    "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Objective " + i + "\"}").status());
        }

        assertEquals(0, ((DatabaseLocks) CLUSTER.node(0).beans().byId("locks")).held());
    }

    @Test
    public void theNightlyReconcileDueOnBothNodesAtOnceRunsOnOneNodeOnly() throws Exception {
        SandboxScheduler first = CLUSTER.node(0).scheduler();
        SandboxScheduler second = CLUSTER.node(1).scheduler();
        int runsBefore = first.runsHere() + second.runsHere();
        ExecutorService clocks = Executors.newFixedThreadPool(2);
        try {
            for (int night = 0; night < NIGHTS; night++) {
                // A due time of its own for each run of the suite, as each night is.
                Instant due = Instant.now().plusSeconds(86_400L * (night + 1));
                CyclicBarrier midnight = new CyclicBarrier(2);
                List<Future<Outcome>> outcomes = new ArrayList<>();
                for (SandboxScheduler node : List.of(first, second)) {
                    outcomes.add(clocks.submit(() -> {
                        midnight.await(30, TimeUnit.SECONDS);
                        return node.runDue(NightlyReconcile.JOB, due);
                    }));
                }

                List<Outcome> seen = new ArrayList<>();
                for (Future<Outcome> outcome : outcomes) {
                    seen.add(outcome.get(2, TimeUnit.MINUTES));
                }
                assertEquals("night " + night + ": " + seen, 1, seen.stream().filter(Outcome.RAN_HERE::equals).count());
                assertTrue("night " + night + ": " + seen, seen.contains(Outcome.RAN_ON_ANOTHER_NODE));
            }
        } finally {
            clocks.shutdownNow();
        }

        assertEquals("one run a night in all", NIGHTS, first.runsHere() + second.runsHere() - runsBefore);
        JsonNode settings = node(1).get(REST + "/admin/settings", "admin").json();
        assertTrue("the run is recorded for every node to show: " + settings, settings.get("lastReconcile").isObject());
    }
}
