package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * "Reconcile now" over HTTP: an issue moved without an event leaves its link's copy behind, and the reconcile, for
 * Jira administrators only, brings it back in step, which the key result's progress shows.
 */
public class ReconcileRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void aMoveNoEventReportedIsRepairedByTheReconcile() {
        LocalDate today = LocalDate.now();
        long cycle = http.createCycle("Reconcile " + System.nanoTime(), today.minusDays(10).toString(),
                today.plusDays(80).toString()).get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Chat\"}").json().get("id").asLong();
        long kr = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Ship the chat\",\"measure\":\"ISSUES\"}").json().get("id").asLong();
        http.postJson(REST + "/keyresults/" + kr + "/issues", "lead", "{\"issueKeys\":[\"MKT-19\",\"MKT-16\"]}");
        try {
            Reply silent = http.putJson("/rest/sandbox/1.0/issues/MKT-19/status?event=false", "admin", "{\"category\":\"DONE\"}");
            assertEquals(silent.toString(), 200, silent.status());
            assertEquals("the app heard nothing", 0.0, progress(cycle, kr), 1e-9);

            assertEquals(403, http.postJson(REST + "/admin/reconcile", "lead", "{}").status());
            Reply run = http.postJson(REST + "/admin/reconcile", "admin", "{}");

            assertEquals(run.toString(), 200, run.status());
            assertEquals(1, run.json().get("corrected").asInt());
            assertEquals(0.5, progress(cycle, kr), 1e-9);
        } finally {
            http.putJson("/rest/sandbox/1.0/issues/MKT-19/status", "admin", "{\"category\":\"TO_DO\"}");
        }
    }

    private double progress(long cycle, long kr) {
        JsonNode okrs = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycle, "lead").json();
        for (JsonNode objective : okrs.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                if (row.get("keyResult").get("id").asLong() == kr) {
                    return row.get("progress").asDouble();
                }
            }
        }
        throw new AssertionError("no key result " + kr + " in " + okrs);
    }
}
