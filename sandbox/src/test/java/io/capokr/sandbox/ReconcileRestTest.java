package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * "Reconcile now" over HTTP: an issue moved without an event, or a status an administrator put in another category
 * (which Jira publishes no event for), leaves its links' copies behind, and the reconcile, for Jira administrators
 * only, brings them back in step, which the key result's progress shows.
 */
public class ReconcileRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String IN_REVIEW_CATEGORY = SANDBOX_REST + "/statuses/In%20Review/category";

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void aMoveNoEventReportedIsRepairedByTheReconcile() {
        long cycle = runningCycle();
        long kr = keyResultOfIssues(cycle, List.of("MKT-19", "MKT-16"));
        try {
            Reply silent = http.putJson("/rest/sandbox/1.0/issues/MKT-19/status?event=false", "admin", "{\"category\":\"DONE\"}");
            assertEquals(silent.toString(), 200, silent.status());
            assertEquals("the app heard nothing", 0.0, http.mktProgress(cycle, kr), 1e-9);

            assertEquals(403, http.postJson(REST + "/admin/reconcile", "lead", "{}").status());
            Reply run = http.postJson(REST + "/admin/reconcile", "admin", "{}");

            assertEquals(run.toString(), 200, run.status());
            assertEquals(1, run.json().get("corrected").asInt());
            assertEquals(0.5, http.mktProgress(cycle, kr), 1e-9);
        } finally {
            http.putJson("/rest/sandbox/1.0/issues/MKT-19/status", "admin", "{\"category\":\"TO_DO\"}");
        }
    }

    @Test
    public void aStatusPutInAnotherCategoryIsRepairedByTheReconcile() {
        List<String> inReview = issuesIn("In Review");
        assertTrue(inReview.toString(), inReview.size() >= 2);
        List<String> linked = List.of(inReview.get(0), inReview.get(1), issuesIn("To Do").get(0));
        long cycle = runningCycle();
        long kr = keyResultOfIssues(cycle, linked);
        assertEquals(0.0, http.mktProgress(cycle, kr), 1e-9);
        try {
            Reply changed = http.putJson(IN_REVIEW_CATEGORY, "admin", "{\"category\":\"DONE\"}");
            assertEquals(changed.toString(), 200, changed.status());
            assertEquals("{\"name\":\"In Review\",\"category\":\"DONE\"}", changed.body());
            assertEquals("DONE", http.get(SANDBOX_REST + "/issues/" + linked.get(0), "lead").json()
                    .get("statusCategory").asText());
            assertEquals("the app heard nothing", 0.0, http.mktProgress(cycle, kr), 1e-9);

            Reply run = http.postJson(REST + "/admin/reconcile", "admin", "{}");
            assertEquals(run.toString(), 200, run.status());
            assertTrue(run.toString(), run.json().get("corrected").asInt() >= 2);
            assertEquals(2.0 / 3, http.mktProgress(cycle, kr), 1e-9);
        } finally {
            // Shared sample data: the category as defined, and the app's copies back in step with it.
            http.putJson(IN_REVIEW_CATEGORY, "admin", "{\"category\":\"IN_PROGRESS\"}");
            http.postJson(REST + "/admin/reconcile", "admin", "{}");
        }
        assertEquals(0.0, http.mktProgress(cycle, kr), 1e-9);
    }

    @Test
    public void onlyAdministratorsChangeACategoryAndBadRequestsNameTheField() {
        Reply member = http.putJson(IN_REVIEW_CATEGORY, "lead", "{\"category\":\"DONE\"}");
        assertEquals(member.toString(), 403, member.status());
        assertEquals(401, http.putJson(IN_REVIEW_CATEGORY, null, "{\"category\":\"DONE\"}").status());

        Reply unknown = http.putJson(SANDBOX_REST + "/statuses/Blocked/category", "admin", "{\"category\":\"DONE\"}");
        assertEquals(unknown.toString(), 404, unknown.status());
        assertTrue(unknown.toString(), unknown.json().get("errorMessages").get(0).asText().contains("Blocked"));

        for (String body : List.of("{\"category\":\"FINISHED\"}", "{}", "{\"category\":3}", "not json", "")) {
            Reply bad = http.putJson(IN_REVIEW_CATEGORY, "admin", body);
            assertEquals(bad.toString(), 400, bad.status());
            assertTrue(bad.toString(), bad.json().get("errors").has("category"));
        }
        // Nothing changed: the status keeps its category.
        JsonNode statuses = http.get(SANDBOX_REST + "/statuses", "member").json();
        assertEquals("IN_PROGRESS", statuses.get(2).get("category").asText());
        assertEquals("In Review", statuses.get(2).get("name").asText());
    }

    @Test
    public void aCategoryLeftWithoutStatusesCannotBeMovedTo() {
        String toDo = SANDBOX_REST + "/statuses/to%20do/category";
        try {
            assertEquals(200, http.putJson(toDo, "admin", "{\"category\":\"indeterminate\"}").status());

            Reply move = http.putJson(SANDBOX_REST + "/issues/MKT-3/status", "admin", "{\"category\":\"TO_DO\"}");
            assertEquals(move.toString(), 400, move.status());
            assertTrue(move.toString(), move.json().get("errors").has("category"));
        } finally {
            http.putJson(toDo, "admin", "{\"category\":\"TO_DO\"}");
            http.postJson(REST + "/admin/reconcile", "admin", "{}");
        }
        assertEquals("TO_DO", http.get(SANDBOX_REST + "/statuses", "member").json().get(0).get("category").asText());
    }

    /** A cycle of this test's own, under way, so that its links are among those the reconcile checks. */
    private long runningCycle() {
        LocalDate today = LocalDate.now();
        return http.createCycle("Reconcile " + System.nanoTime(), today.minusDays(10).toString(),
                today.plusDays(80).toString()).get("id").asLong();
    }

    /** A key result of MKT measured by its issues, these ones linked, as the Marketing lead. */
    private long keyResultOfIssues(long cycle, List<String> issueKeys) {
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Drift\"}").json().get("id").asLong();
        long kr = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Counted by its issues\",\"measure\":\"ISSUES\"}").json().get("id").asLong();
        Reply link = http.postJson(REST + "/keyresults/" + kr + "/issues", "lead",
                "{\"issueKeys\":[\"" + String.join("\",\"", issueKeys) + "\"]}");
        assertEquals(link.toString(), 200, link.status());
        return kr;
    }

    /** The sample issues of MKT in that status now, as the lead sees them. */
    private List<String> issuesIn(String status) {
        List<String> keys = new ArrayList<>();
        http.get(SANDBOX_REST + "/issues?project=MKT", "lead").json().get("issues").forEach(issue -> {
            if (status.equals(issue.get("status").asText())) {
                keys.add(issue.get("key").asText());
            }
        });
        return keys;
    }

}
