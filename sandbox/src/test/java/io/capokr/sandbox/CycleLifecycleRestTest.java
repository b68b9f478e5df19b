package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/** A cycle's life over HTTP: edit with a version, delete, start, close, overlaps, and a closed cycle's read-only OKRs. */
public class CycleLifecycleRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    /** A POST without a body, as the transitions take it. */
    private Reply post(String path, String user) {
        return http.send(SandboxHttp.as(http.request(path).POST(HttpRequest.BodyPublishers.noBody()), user));
    }

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    /** Jira's error shape, with this one message and no field errors. */
    private static void assertRefused(Reply reply, int status, String message) {
        assertEquals(reply.toString(), status, reply.status());
        JsonNode error = reply.json();
        assertEquals(reply.toString(), 1, error.get("errorMessages").size());
        assertEquals(message, error.get("errorMessages").get(0).asText());
        assertTrue(error.get("errors").isObject());
        assertEquals(0, error.get("errors").size());
    }

    @Test
    public void anAdministratorEditsACycleWithTheVersionItRead() {
        long id = http.createCycle("2041 Q1", "2041-01-01", "2041-03-31").get("id").asLong();

        Reply edited = http.putJson(REST + "/cycles/" + id, "admin",
                "{\"name\":\"2041 Q1 (long)\",\"startDate\":\"2041-01-04\",\"endDate\":\"2041-04-04\",\"version\":1}");
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals("2041 Q1 (long)", edited.json().get("name").asText());
        assertEquals("2041-04-04", edited.json().get("endDate").asText());
        assertEquals(2, edited.json().get("version").asInt());
        assertEquals(edited.json(), http.get(REST + "/cycles/" + id, "member").json());

        Reply stale = http.putJson(REST + "/cycles/" + id, "admin",
                "{\"name\":\"Lost\",\"startDate\":\"2041-01-01\",\"endDate\":\"2041-03-31\",\"version\":1}");
        assertRefused(stale, 409, english("capokr.error.stale"));
        Reply noVersion = http.putJson(REST + "/cycles/" + id, "admin",
                "{\"name\":\"Lost\",\"startDate\":\"2041-01-01\",\"endDate\":\"2041-03-31\"}");
        CycleRestTest.assertFieldError(noVersion, "version");
        Reply badDates = http.putJson(REST + "/cycles/" + id, "admin",
                "{\"name\":\"Lost\",\"startDate\":\"2041-03-01\",\"endDate\":\"2041-02-01\",\"version\":2}");
        CycleRestTest.assertFieldError(badDates, "endDate");
        assertEquals("2041 Q1 (long)", http.get(REST + "/cycles/" + id, "admin").json().get("name").asText());
    }

    @Test
    public void onlyJiraAdministratorsChangeCyclesAnonymousCallersLogInAndUnknownOnesAreNotFound() {
        long id = http.createCycle("2042 Q1", "2042-01-01", "2042-03-31").get("id").asLong();
        String body = "{\"name\":\"Mine\",\"startDate\":\"2042-01-01\",\"endDate\":\"2042-03-31\",\"version\":1}";

        for (String user : new String[] {"lead", "member"}) {
            assertRefused(http.putJson(REST + "/cycles/" + id, user, body), 403, english("capokr.error.adminOnly"));
            assertRefused(http.delete(REST + "/cycles/" + id, user), 403, english("capokr.error.adminOnly"));
            assertRefused(post(REST + "/cycles/" + id + "/start", user), 403, english("capokr.error.adminOnly"));
            assertRefused(post(REST + "/cycles/" + id + "/close", user), 403, english("capokr.error.adminOnly"));
        }
        assertEquals(401, http.putJson(REST + "/cycles/" + id, null, body).status());
        assertEquals(401, http.delete(REST + "/cycles/" + id, null).status());
        assertEquals(401, post(REST + "/cycles/" + id + "/start", null).status());
        assertEquals(401, post(REST + "/cycles/" + id + "/close", null).status());
        for (String path : new String[] {"/cycles/987654", "/cycles/nope"}) {
            assertEquals(404, http.putJson(REST + path, "admin", body).status());
            assertEquals(404, http.delete(REST + path, "admin").status());
            assertEquals(404, post(REST + path + "/start", "admin").status());
            assertEquals(404, post(REST + path + "/close", "admin").status());
        }
        JsonNode unchanged = http.get(REST + "/cycles/" + id, "admin").json();
        assertEquals("PLANNING", unchanged.get("state").asText());
        assertEquals(1, unchanged.get("version").asInt());
    }

    @Test
    public void aCycleStartsThenClosesAndEachWrongMoveIsA409SayingItsState() {
        long id = http.createCycle("2043 Q1", "2043-01-01", "2043-03-31").get("id").asLong();

        assertRefused(post(REST + "/cycles/" + id + "/close", "admin"), 409, english("capokr.error.cycle.close.planning", "2043 Q1"));
        Reply started = post(REST + "/cycles/" + id + "/start", "admin");
        assertEquals(started.toString(), 200, started.status());
        assertEquals("ACTIVE", started.json().get("state").asText());
        assertEquals(2, started.json().get("version").asInt());
        assertRefused(post(REST + "/cycles/" + id + "/start", "admin"), 409, english("capokr.error.cycle.start.active", "2043 Q1"));
        assertRefused(http.delete(REST + "/cycles/" + id, "admin"), 409, english("capokr.error.cycle.delete.active", "2043 Q1"));

        Reply closed = post(REST + "/cycles/" + id + "/close", "admin");
        assertEquals(closed.toString(), 200, closed.status());
        assertEquals("CLOSED", closed.json().get("state").asText());
        assertRefused(post(REST + "/cycles/" + id + "/close", "admin"), 409, english("capokr.error.cycle.close.closed", "2043 Q1"));
        assertRefused(post(REST + "/cycles/" + id + "/start", "admin"), 409, english("capokr.error.cycle.start.closed", "2043 Q1"));
        assertRefused(http.putJson(REST + "/cycles/" + id, "admin",
                "{\"name\":\"Reopened\",\"startDate\":\"2043-01-01\",\"endDate\":\"2043-03-31\",\"version\":3}"),
                409, english("capokr.error.cycle.closed.edit", "2043 Q1"));
    }

    @Test
    public void onlyAPlannedCycleWithoutObjectivesIsDeleted() {
        long empty = http.createCycle("2044 Q1", "2044-01-01", "2044-03-31").get("id").asLong();
        long used = http.createCycle("2044 Q2", "2044-04-01", "2044-06-30").get("id").asLong();
        assertEquals(201, http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + used + ",\"projectKey\":\"MKT\",\"title\":\"Keep me\"}").status());

        assertRefused(http.delete(REST + "/cycles/" + used, "admin"), 409, english("capokr.error.cycle.delete.hasObjectives", "2044 Q2"));
        Reply deleted = http.delete(REST + "/cycles/" + empty, "admin");
        assertEquals(deleted.toString(), 204, deleted.status());

        assertEquals(404, http.get(REST + "/cycles/" + empty, "admin").status());
        assertEquals(200, http.get(REST + "/cycles/" + used, "admin").status());
    }

    @Test
    public void theCycleJsonNamesTheCyclesItOverlaps() {
        JsonNode year = http.createCycle("2045", "2045-01-01", "2045-12-31");
        JsonNode q2 = http.createCycle("2045 Q2", "2045-04-01", "2045-06-30");
        JsonNode q3 = http.createCycle("2045 Q3", "2045-07-01", "2045-09-30");

        assertEquals(1, q2.get("overlaps").size());
        assertEquals(year.get("id"), q2.get("overlaps").get(0).get("id"));
        assertEquals("2045", q2.get("overlaps").get(0).get("name").asText());
        JsonNode yearNow = http.get(REST + "/cycles/" + year.get("id").asLong(), "member").json();
        assertEquals(2, yearNow.get("overlaps").size());
        assertEquals("2045 Q2", yearNow.get("overlaps").get(0).get("name").asText());
        assertEquals("2045 Q3", yearNow.get("overlaps").get(1).get("name").asText());
        JsonNode listed = http.get(REST + "/cycles?maxResults=200", "member").json().get("values");
        for (JsonNode cycle : listed) {
            if (cycle.get("id").equals(q3.get("id"))) {
                assertEquals("2045", cycle.get("overlaps").get(0).get("name").asText());
                assertEquals(1, cycle.get("overlaps").size());
            }
        }
    }

    @Test
    public void aClosedCyclesOkrsAreReadOnlyButStillRead() {
        long cycle = http.createCycle("2046 Q1", "2046-01-01", "2046-03-31").get("id").asLong();
        JsonNode objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Grow\"}").json();
        long objectiveId = objective.get("id").asLong();
        long keyResult = http.postJson(REST + "/objectives/" + objectiveId + "/keyresults", "lead",
                "{\"title\":\"Signups\",\"measure\":\"METRIC\",\"start\":0,\"target\":100}").json().get("id").asLong();
        assertEquals(200, post(REST + "/cycles/" + cycle + "/start", "admin").status());
        assertEquals(200, post(REST + "/cycles/" + cycle + "/close", "admin").status());
        String closed = english("capokr.error.cycle.closed", "2046 Q1");

        assertRefused(http.putJson(REST + "/objectives/" + objectiveId, "lead",
                "{\"title\":\"Grow more\",\"version\":" + objective.get("version").asInt() + "}"), 409, closed);
        assertRefused(http.delete(REST + "/keyresults/" + keyResult, "lead"), 409, closed);
        assertRefused(http.postJson(REST + "/keyresults/" + keyResult + "/checkins", "member",
                "{\"value\":10,\"confidence\":\"ON_TRACK\"}"), 409, closed);
        assertRefused(http.postJson(REST + "/keyresults/" + keyResult + "/issues", "member",
                "{\"issueKeys\":[\"MKT-1\"]}"), 409, closed);

        assertEquals(200, http.get(REST + "/objectives/" + objectiveId, "member").status());
        assertEquals(200, http.get(REST + "/keyresults/" + keyResult + "/checkins", "member").status());
        Reply okrs = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycle, "member");
        assertEquals(200, okrs.status());
        assertEquals("CLOSED", okrs.json().get("cycle").get("state").asText());
        assertTrue(okrs.json().get("cycle").get("overlaps").isArray());
    }
}
