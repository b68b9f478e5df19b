package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * End to end, over HTTP only: the plugin's REST API links sample issues to a key result, the sandbox's issue
 * API moves and deletes them, and the plugin's project read model follows at the next read. The sample
 * tracker publishes each change to the plugin's real IssueSync, as Jira's listener would.
 */
public class IssueProgressTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Taken afresh after a restart, which moves the sandbox to another port. */
    private SandboxHttp http = SANDBOX.http();

    @Test
    public void progressFollowsIssueStatusAndDeletionAtTheNextRead() {
        long cycleId = currentCycleId();
        long keyResultId = issuesKeyResult(cycleId, "Ship the spring campaign");
        link(keyResultId, "lead", "MKT-2", "MKT-3", "MKT-5");

        JsonNode before = keyResultRow(cycleId, "lead", keyResultId);
        assertEquals(before.toString(), 0.0, before.get("progress").asDouble(), 1e-9);
        assertCounts(before, 0, 2, 1);

        http.moveIssue("MKT-3", "Done");

        JsonNode moved = keyResultRow(cycleId, "lead", keyResultId);
        assertEquals(moved.toString(), 1.0 / 3, moved.get("progress").asDouble(), 1e-9);
        assertCounts(moved, 1, 2, 0);

        assertEquals(204, http.delete(SANDBOX_REST + "/issues/MKT-5", "admin").status());

        JsonNode deleted = keyResultRow(cycleId, "lead", keyResultId);
        assertEquals(deleted.toString(), 0.5, deleted.get("progress").asDouble(), 1e-9);
        assertCounts(deleted, 1, 1, 0);
        assertEquals(List.of("MKT-2", "MKT-3"), linkedKeys(keyResultId, "lead"));
    }

    @Test
    public void aRestrictedIssueIsCountedButNeverNamedAndItsMovesCountToo() {
        long cycleId = currentCycleId();
        long keyResultId = issuesKeyResult(cycleId, "Be found by search engines");
        link(keyResultId, "lead", "MKT-1", "MKT-6");

        Reply page = http.get(REST + "/keyresults/" + keyResultId + "/issues", "member");
        assertEquals(page.toString(), 200, page.status());
        assertEquals(2, page.json().get("total").asInt());
        assertEquals(1, page.json().get("restricted").asInt());
        assertEquals(List.of("MKT-1"), linkedKeys(keyResultId, "member"));
        assertFalse(page.body(), page.body().contains("MKT-6") || page.body().contains("Audit SEO"));

        http.moveIssue("MKT-6", "Won't Do");

        JsonNode row = keyResultRow(cycleId, "member", keyResultId);
        assertEquals(row.toString(), 1.0, row.get("progress").asDouble(), 1e-9);
        assertCounts(row, 2, 0, 0);
        Reply read = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, "member");
        assertFalse(read.body(), read.body().contains("MKT-6") || read.body().contains("Audit SEO"));
    }

    /** The tracker forgets moves on a restart; the links' copies must not keep them either. */
    @Test
    public void afterARestartTheLinksFollowTheSampleIssuesAsDefined() throws Exception {
        long cycleId = currentCycleId();
        long keyResultId = issuesKeyResult(cycleId, "Keep the brand consistent");
        link(keyResultId, "lead", "MKT-4");
        http.moveIssue("MKT-4", "To Do");
        assertEquals(0.0, keyResultRow(cycleId, "lead", keyResultId).get("progress").asDouble(), 1e-9);

        SANDBOX.restart();
        http = SANDBOX.http();

        assertEquals("Done", SANDBOX.sandbox().tracker().issue("MKT-4").orElseThrow().status().name());
        JsonNode row = keyResultRow(cycleId, "lead", keyResultId);
        assertEquals(row.toString(), 1.0, row.get("progress").asDouble(), 1e-9);
    }

    private long currentCycleId() {
        Reply cycles = http.get(REST + "/cycles", "admin");
        assertEquals(cycles.toString(), 200, cycles.status());
        return cycles.json().get("values").get(0).get("id").asLong();
    }

    /** A new MKT objective (as the lead, who administers MKT) with one ISSUES key result counted by issue. */
    private long issuesKeyResult(long cycleId, String title) {
        Reply objective = http.postJson(REST + "/objectives", "lead", JSON.createObjectNode()
                .put("cycleId", cycleId).put("projectKey", "MKT").put("title", title).put("type", "COMMITTED").toString());
        assertEquals(objective.toString(), 201, objective.status());
        Reply keyResult = http.postJson(REST + "/objectives/" + objective.json().get("id").asLong() + "/keyresults", "lead",
                JSON.createObjectNode().put("title", title + ": the issues").put("measure", "ISSUES")
                        .put("weighting", "COUNT").toString());
        assertEquals(keyResult.toString(), 201, keyResult.status());
        return keyResult.json().get("id").asLong();
    }

    private void link(long keyResultId, String user, String... keys) {
        var body = JSON.createObjectNode();
        var array = body.putArray("issueKeys");
        for (String key : keys) {
            array.add(key);
        }
        Reply reply = http.postJson(REST + "/keyresults/" + keyResultId + "/issues", user, body.toString());
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(keys.length, reply.json().get("linked").asInt());
    }

    private JsonNode keyResultRow(long cycleId, String user, long keyResultId) {
        Reply read = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, user);
        assertEquals(read.toString(), 200, read.status());
        for (JsonNode objective : read.json().get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                if (row.get("keyResult").get("id").asLong() == keyResultId) {
                    return row;
                }
            }
        }
        throw new AssertionError("Key result " + keyResultId + " is not in " + read.body());
    }

    private List<String> linkedKeys(long keyResultId, String user) {
        Reply page = http.get(REST + "/keyresults/" + keyResultId + "/issues", user);
        assertEquals(page.toString(), 200, page.status());
        return StreamSupport.stream(page.json().get("values").spliterator(), false)
                .map(row -> row.get("issueKey").asText()).toList();
    }

    private static void assertCounts(JsonNode row, int done, int inProgress, int toDo) {
        JsonNode counts = row.get("initiatives");
        assertEquals(row.toString(), List.of(done, inProgress, toDo),
                List.of(counts.get("done").asInt(), counts.get("inProgress").asInt(), counts.get("toDo").asInt()));
    }
}
