package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The issue panel's REST over HTTP, on the sample data: the key results an issue serves, the picker's candidates,
 * and linking and unlinking through the key results' own endpoints.
 */
public class IssuePanelRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void listsTheKeyResultsAnIssueServesWithTheirPlaceProgressAndLink() {
        Reply reply = http.get(REST + "/issues/mkt-1/keyresults", "member");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode shown = reply.json();
        assertEquals("MKT-1", shown.get("issueKey").asText());
        assertTrue(shown.toString(), shown.get("keyResults").size() > 0);
        for (JsonNode row : shown.get("keyResults")) {
            assertTrue(row.toString(), row.get("id").isIntegralNumber());
            assertTrue(row.get("title").isTextual());
            assertTrue(row.get("objective").get("id").isIntegralNumber());
            assertTrue(row.get("objective").get("title").isTextual());
            assertTrue(row.get("cycle").get("id").isIntegralNumber());
            assertTrue(row.get("cycle").get("name").isTextual());
            assertTrue(List.of("PLANNING", "ACTIVE", "CLOSED").contains(row.get("cycle").get("state").asText()));
            assertEquals("MKT", row.get("projectKey").asText());
            double progress = row.get("progress").asDouble();
            assertTrue(progress >= 0 && progress <= 1);
            assertTrue(List.of("ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_STARTED").contains(row.get("health").asText()));
            assertTrue(row.get("contributes").isBoolean());
            assertEquals("member edits MKT issues; closed cycles are read-only",
                    !"CLOSED".equals(row.get("cycle").get("state").asText()), row.get("canUnlink").asBoolean());
        }
        for (JsonNode row : http.get(REST + "/issues/MKT-1/keyresults", "outsider").json().get("keyResults")) {
            assertFalse("outsider only browses MKT", row.get("canUnlink").asBoolean());
        }
    }

    @Test
    public void aRestrictedIssueIsNotFoundWordedAsAnUnknownOneAndAnonymousCallersMustLogIn() {
        Reply hidden = http.get(REST + "/issues/MKT-6/keyresults", "member");
        Reply unknown = http.get(REST + "/issues/MKT-999/keyresults", "member");

        assertEquals(hidden.toString(), 404, hidden.status());
        assertEquals(404, unknown.status());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.issue.notFound", "MKT-6"),
                hidden.json().get("errorMessages").get(0).asText());
        assertEquals(hidden.body().replace("MKT-6", "X"), unknown.body().replace("MKT-999", "X"));
        assertEquals(404, http.get(REST + "/issues/MKT-6/keyresults/candidates?query=", "member").status());
        assertEquals(200, http.get(REST + "/issues/MKT-6/keyresults", "lead").status());
        assertEquals(401, http.get(REST + "/issues/MKT-1/keyresults", null).status());
        assertEquals(401, http.get(REST + "/issues/MKT-1/keyresults/candidates", null).status());
    }

    @Test
    public void thePickerOffersOpenKeyResultsTheCallerMayLinkToAndTheLinkRoundTrips() {
        Reply reply = http.get(REST + "/issues/MKT-3/keyresults/candidates?query=", "member");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode candidates = reply.json();
        assertTrue(candidates.toString(), candidates.size() > 0 && candidates.size() <= 20);
        List<Long> served = ids(http.get(REST + "/issues/MKT-3/keyresults", "member").json().get("keyResults"));
        for (JsonNode candidate : candidates) {
            assertEquals("member may link to MKT key results only, not the company's", "MKT", candidate.get("projectKey").asText());
            assertFalse(List.of("CLOSED").contains(candidate.get("cycle").get("state").asText()));
            assertFalse("already linked ones are not offered", served.contains(candidate.get("id").asLong()));
        }
        String title = candidates.get(0).get("title").asText();
        JsonNode narrowed = http.get(REST + "/issues/MKT-3/keyresults/candidates?query="
                + title.substring(1, Math.min(6, title.length())).toUpperCase(Locale.ROOT).replace(" ", "%20"), "member").json();
        assertTrue(ids(narrowed).contains(candidates.get(0).get("id").asLong()));
        assertEquals(0, http.get(REST + "/issues/MKT-3/keyresults/candidates?query=zzzz-nothing", "member").json().size());

        long id = candidates.get(0).get("id").asLong();
        Reply linked = http.postJson(REST + "/keyresults/" + id + "/issues", "member",
                "{\"issueKeys\":[\"MKT-3\"],\"contributes\":false}");
        assertEquals(linked.toString(), 200, linked.status());
        JsonNode row = row(http.get(REST + "/issues/MKT-3/keyresults", "member").json(), id);
        assertFalse(row.get("contributes").asBoolean());
        assertTrue(row.get("canUnlink").asBoolean());

        Reply unlinked = http.postJson(REST + "/keyresults/" + id + "/issues/unlink", "member", "{\"issueKeys\":[\"MKT-3\"]}");
        assertEquals(unlinked.toString(), 200, unlinked.status());
        assertFalse(ids(http.get(REST + "/issues/MKT-3/keyresults", "member").json().get("keyResults")).contains(id));
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private static JsonNode row(JsonNode shown, long id) {
        for (JsonNode row : shown.get("keyResults")) {
            if (row.get("id").asLong() == id) {
                return row;
            }
        }
        throw new AssertionError("key result " + id + " not shown in " + shown);
    }
}
