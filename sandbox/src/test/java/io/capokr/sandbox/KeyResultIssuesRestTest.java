package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The sample issue search with the plugin's JQL function, over HTTP: {@code GET /rest/sandbox/1.0/issues?jql=issue in
 * keyResultIssues(...)} answers the issues Jira's search would, and the same JQL errors, as a 400 in Jira's shape.
 * The data is this test's own: a cycle far from the sample data's, with key results in MKT, in SALES and the company's.
 */
public class KeyResultIssuesRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUES = SANDBOX_REST + "/issues";
    private static final String CYCLE = "JQL 2031 Q1";

    private static long marketing;
    private static long sales;

    private final SandboxHttp http = SANDBOX.http();

    @BeforeClass
    public static void keyResultsWithLinkedIssues() {
        SandboxHttp http = SANDBOX.http();
        Reply cycle = http.postJson(REST + "/cycles", "admin",
                "{\"name\":\"" + CYCLE + "\",\"startDate\":\"2031-01-01\",\"endDate\":\"2031-03-31\"}");
        assertEquals(cycle.toString(), 201, cycle.status());
        long cycleId = cycle.json().get("id").asLong();
        marketing = keyResult(http, cycleId, "MKT", "lead");
        sales = keyResult(http, cycleId, "SALES", "admin");
        long company = keyResult(http, cycleId, null, "admin");
        // MKT-6 is under the Leadership security level (the lead and the admin only).
        link(http, marketing, "lead", "MKT-1", "MKT-6");
        link(http, sales, "admin", "SALES-2");
        link(http, company, "admin", "MKT-2");
    }

    private static long keyResult(SandboxHttp http, long cycleId, String projectKey, String user) {
        ObjectNode body = JSON.createObjectNode().put("cycleId", cycleId).put("title", "Found by JQL " + projectKey)
                .put("type", "COMMITTED");
        if (projectKey != null) {
            body.put("projectKey", projectKey);
        }
        Reply objective = http.postJson(REST + "/objectives", user, body.toString());
        assertEquals(objective.toString(), 201, objective.status());
        Reply keyResult = http.postJson(REST + "/objectives/" + objective.json().get("id").asLong() + "/keyresults", user,
                JSON.createObjectNode().put("title", "Issues of " + projectKey).put("measure", "ISSUES")
                        .put("weighting", "COUNT").toString());
        assertEquals(keyResult.toString(), 201, keyResult.status());
        return keyResult.json().get("id").asLong();
    }

    private static void link(SandboxHttp http, long keyResultId, String user, String... keys) {
        ObjectNode body = JSON.createObjectNode();
        List.of(keys).forEach(body.putArray("issueKeys")::add);
        Reply reply = http.postJson(REST + "/keyresults/" + keyResultId + "/issues", user, body.toString());
        assertEquals(reply.toString(), 200, reply.status());
    }

    private Reply search(String jql, String user) {
        return http.get(ISSUES + "?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20"), user);
    }

    private List<String> keys(String jql, String user) {
        Reply reply = search(jql, user);
        assertEquals(reply.toString(), 200, reply.status());
        return StreamSupport.stream(reply.json().get("issues").spliterator(), false).map(i -> i.get("key").asText()).toList();
    }

    private String error(Reply reply) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(reply.toString(), 0, reply.json().get("errors").size());
        assertEquals(reply.toString(), 1, reply.json().get("errorMessages").size());
        return reply.json().get("errorMessages").get(0).asText();
    }

    @Test
    public void aCycleGivesTheIssuesOfTheKeyResultsAndIssuesTheSearcherMaySee() {
        assertEquals(List.of("MKT-1", "MKT-2", "MKT-6", "SALES-2"), keys("issue in keyResultIssues(\"" + CYCLE + "\")", "admin"));
        // The outsider browses MKT only: no SALES key result, and MKT-6's security level hides it from the search.
        assertEquals(List.of("MKT-1", "MKT-2"), keys("issue in keyResultIssues('jql 2031 q1')", "outsider"));
    }

    @Test
    public void aKeyResultByIdAndACycleWithAProject() {
        assertEquals(List.of("SALES-2"), keys("issue in keyResultIssues(" + sales + ")", "admin"));
        assertEquals(List.of("MKT-1", "MKT-6"), keys("ISSUE IN keyresultissues ( \"" + CYCLE + "\" , mkt )", "lead"));
        assertEquals(List.of("SALES-2"), keys("issue in keyResultIssues(\"" + CYCLE + "\")", "admin", "SALES"));
    }

    private List<String> keys(String jql, String user, String project) {
        Reply reply = http.get(ISSUES + "?project=" + project + "&jql="
                + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20"), user);
        assertEquals(reply.toString(), 200, reply.status());
        return StreamSupport.stream(reply.json().get("issues").spliterator(), false).map(i -> i.get("key").asText()).toList();
    }

    @Test
    public void namesTheSearcherCannotSeeAreJqlErrorsNotEmptyResults() {
        assertEquals("No key result has the id " + sales + ", or you do not have permission to see it.",
                error(search("issue in keyResultIssues(" + sales + ")", "outsider")));
        assertEquals("No cycle is named \"2031 Q9\".", error(search("issue in keyResultIssues(\"2031 Q9\")", "admin")));
        assertEquals("No project has the key SALES, or you do not have permission to see it.",
                error(search("issue in keyResultIssues(\"" + CYCLE + "\", SALES)", "outsider")));
        assertTrue(error(search("issue in keyResultIssues()", "admin")).contains("0 arguments"));
        assertTrue(error(search("issue in keyResultIssues(a, b, c)", "admin")).contains("3 arguments"));
    }

    @Test
    public void queriesTheSampleSearchDoesNotUnderstandAreRefusedNotGuessed() {
        for (String jql : List.of("project = MKT", "issue in keyResultIssues(\"" + CYCLE + "\") AND status = Done",
                "issue not in keyResultIssues(1)", "issue in keyResultIssues(\"unclosed)", "issue in keyResultIssues(a b)")) {
            assertTrue(jql, error(search(jql, "admin")).startsWith("The sample search understands one clause only"));
        }
    }

    @Test
    public void anonymousSearchersGet401() {
        assertEquals(401, search("issue in keyResultIssues(\"" + CYCLE + "\")", null).status());
    }
}
