package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The sandbox's own issue API: lists sample issues, moves and deletes them, under Jira's rules. Tests share
 * one sandbox, so each one changes issues no other test here looks at.
 */
public class SampleIssuesRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String ISSUES = SANDBOX_REST + "/issues";

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void anonymousCallersGet401() {
        assertJiraError(http.get(ISSUES, null), 401);
        assertJiraError(http.get(ISSUES + "/MKT-1", null), 401);
        assertJiraError(http.putJson(ISSUES + "/MKT-1/status", null, "{\"status\":\"Done\"}"), 401);
        assertJiraError(http.delete(ISSUES + "/MKT-1", null), 401);
        assertJiraError(http.get(ISSUES, "mallory"), 401);

        assertEquals("Done", status("MKT-1"));
    }

    @Test
    public void theListShowsWhatTheCallerMaySeeAndTheWorkflow() {
        List<String> marketing = numbered("MKT", 20);
        List<String> sales = numbered("SALES", 20);
        assertEquals(concat(marketing, sales), keys(http.get(ISSUES, "admin")));
        assertEquals("no SALES, and not the restricted MKT-6", without(marketing, "MKT-6"),
                keys(http.get(ISSUES, "outsider")));
        assertEquals(without(sales, "SALES-6"), keys(http.get(ISSUES + "?project=sales", "member")));
        assertEquals(List.of(), keys(http.get(ISSUES + "?project=NOPE", "admin")));

        JsonNode list = http.get(ISSUES, "admin").json();
        JsonNode mkt6 = list.get("issues").get(5);
        assertEquals("MKT", mkt6.get("project").asText());
        assertEquals("Leadership", mkt6.get("securityLevel").asText());
        assertTrue(mkt6.get("storyPoints").isNull());
        assertEquals("TO_DO", mkt6.get("statusCategory").asText());
        assertEquals(10105, mkt6.get("id").asLong());
        assertEquals("Done", list.get("statuses").get(3).get("name").asText());
        assertEquals("DONE", list.get("statuses").get(3).get("category").asText());
    }

    @Test
    public void editingASummaryIsForThoseWhoEditIssuesAndReachesTheApp() {
        Reply edited = http.putJson(ISSUES + "/MKT-7/summary", "member", "{\"summary\":\"Renamed by the member\"}");
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals("Renamed by the member", http.get(ISSUES + "/MKT-7", "outsider").json().get("summary").asText());

        assertJiraError(http.putJson(ISSUES + "/MKT-7/summary", "outsider", "{\"summary\":\"No\"}"), 403);
        Reply blank = http.putJson(ISSUES + "/MKT-7/summary", "member", "{\"summary\":\" \"}");
        assertEquals(400, blank.status());
        assertTrue(blank.json().get("errors").has("summary"));
        assertEquals("Renamed by the member", http.get(ISSUES + "/MKT-7", "member").json().get("summary").asText());
    }

    @Test
    public void movingByStatusNameIgnoringCase() {
        Reply reply = http.putJson(ISSUES + "/MKT-2/status", "member", "{\"status\":\"in review\"}");

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("In Review", reply.json().get("status").asText());
        assertEquals("IN_PROGRESS", reply.json().get("statusCategory").asText());
        assertEquals("In Review", status("MKT-2"));
        assertEquals("In Review", SANDBOX.sandbox().tracker().issue("MKT-2").orElseThrow().status().name());
    }

    @Test
    public void movingToACategoryLandsOnItsFirstStatusAndLowerCaseKeysWork() {
        Reply reply = http.putJson(ISSUES + "/sales-2/status", "admin", "{\"category\":\"DONE\"}");
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("SALES-2", reply.json().get("key").asText());
        assertEquals("Done", status("SALES-2"));

        reply = http.putJson(ISSUES + "/SALES-2/status", "admin", "{\"category\":\"indeterminate\"}");
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("In Progress", status("SALES-2"));
    }

    @Test
    public void badBodiesAre400() {
        String path = ISSUES + "/MKT-5/status";
        assertJiraError(http.putJson(path, "admin", "{}"), 400);
        assertJiraError(http.putJson(path, "admin", "{\"status\":\"Done\",\"category\":\"DONE\"}"), 400);
        assertJiraError(http.putJson(path, "admin", "{\"status\":"), 400);
        assertJiraError(http.putJson(path, "admin", "[\"Done\"]"), 400);
        assertJiraError(http.putJson(path, "admin", ""), 400);
        Reply unknownStatus = http.putJson(path, "admin", "{\"status\":\"Blocked\"}");
        assertJiraError(unknownStatus, 400);
        assertThat(unknownStatus.json().get("errors").get("status").asText(), containsString("Blocked"));
        Reply unknownCategory = http.putJson(path, "admin", "{\"category\":\"FINISHED\"}");
        assertJiraError(unknownCategory, 400);
        assertThat(unknownCategory.json().get("errors").get("category").asText(), containsString("FINISHED"));

        assertEquals("In Review", status("MKT-5"));
    }

    @Test
    public void unknownAndInvisibleIssuesAreTheSame404() {
        Reply unknown = http.putJson(ISSUES + "/MKT-99/status", "member", "{\"status\":\"Done\"}");
        Reply restricted = http.putJson(ISSUES + "/MKT-6/status", "member", "{\"status\":\"Done\"}");
        Reply otherProject = http.putJson(ISSUES + "/SALES-4/status", "outsider", "{\"status\":\"Done\"}");

        assertJiraError(unknown, 404);
        assertJiraError(restricted, 404);
        assertJiraError(otherProject, 404);
        assertEquals(unknown.body(), restricted.body());
        assertEquals(unknown.body(), otherProject.body());
        assertJiraError(http.get(ISSUES + "/MKT-6", "outsider"), 404);
        assertJiraError(http.delete(ISSUES + "/SALES-6", "member"), 404);
        assertJiraError(http.get(ISSUES + "/NOPE", "admin"), 404);

        assertEquals("To Do", status("MKT-6"));
        assertEquals("To Do", status("SALES-6"));
    }

    @Test
    public void movingNeedsTransitionIssuesAndDeletingNeedsDeleteIssues() {
        assertJiraError(http.putJson(ISSUES + "/MKT-3/status", "outsider", "{\"status\":\"Done\"}"), 403);
        assertJiraError(http.putJson(ISSUES + "/SALES-3/status", "member", "{\"status\":\"To Do\"}"), 403);
        assertJiraError(http.delete(ISSUES + "/MKT-3", "member"), 403);
        assertJiraError(http.delete(ISSUES + "/MKT-3", "outsider"), 403);

        assertEquals("To Do", status("MKT-3"));
        assertEquals("Done", status("SALES-3"));
    }

    @Test
    public void deletingAnIssue() {
        assertEquals(204, http.delete(ISSUES + "/SALES-4", "admin").status());

        assertJiraError(http.get(ISSUES + "/SALES-4", "admin"), 404);
        assertJiraError(http.delete(ISSUES + "/SALES-4", "admin"), 404);
        assertFalse(keys(http.get(ISSUES, "admin")).contains("SALES-4"));
    }

    @Test
    public void theXsrfRuleAppliesHereToo() {
        Reply reply = http.send(SandboxHttp.as(http.request(ISSUES + "/MKT-4/status").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"To Do\"}")), "admin"));
        assertEquals(reply.toString(), 403, reply.status());
        assertThat(reply.body(), containsString("XSRF check failed"));
        Reply form = http.send(SandboxHttp.as(http.request(ISSUES + "/MKT-4").header("Content-Type", "application/x-www-form-urlencoded")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("x=1")), "admin"));
        assertEquals(form.toString(), 403, form.status());

        assertEquals("Done", status("MKT-4"));
    }

    @Test
    public void errorsSpeakTheCallersLanguage() {
        Reply reply = http.send(SandboxHttp.as(http.request(ISSUES + "/MKT-99?lang=fr").GET(), "admin"));
        assertEquals(404, reply.status());
        assertThat(reply.json().get("errorMessages").get(0).asText(), containsString("n'existe pas"));
    }

    private String status(String key) {
        Reply reply = http.get(ISSUES + "/" + key, "admin");
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().get("status").asText();
    }

    /** PROJECT-1 to PROJECT-count. */
    private static List<String> numbered(String project, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(number -> project + "-" + number).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<String> without(List<String> keys, String left) {
        return keys.stream().filter(key -> !key.equals(left)).toList();
    }

    private static List<String> keys(Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return StreamSupport.stream(reply.json().get("issues").spliterator(), false).map(issue -> issue.get("key").asText()).toList();
    }

    private static void assertJiraError(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.json().get("errorMessages").isArray());
        assertTrue(reply.toString(), reply.json().get("errors").isObject());
        assertTrue(reply.toString(), reply.json().get("errorMessages").size() + reply.json().get("errors").size() > 0);
    }
}
