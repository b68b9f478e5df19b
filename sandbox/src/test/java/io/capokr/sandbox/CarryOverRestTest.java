package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Closing into the next cycle over HTTP: the unfinished list, a close that carries and drops in one request, and
 * the later decisions on a closed cycle, with Jira's error shape for each refusal.
 */
public class CarryOverRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    private long objective(long cycle, String project, String title, String as) {
        Reply created = http.postJson(REST + "/objectives", as,
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"" + project + "\",\"title\":\"" + title + "\"}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private long metric(long objective, String title, String as) {
        Reply created = http.postJson(REST + "/objectives/" + objective + "/keyresults", as,
                "{\"title\":\"" + title + "\",\"measure\":\"METRIC\",\"start\":0,\"target\":100,\"unit\":\"leads\"}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static void assertStatus(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        if (status >= 400) {
            assertTrue(reply.toString(), reply.json().get("errorMessages").isArray());
            assertTrue(reply.toString(), reply.json().get("errors").isObject());
        }
    }

    @Test
    public void anAdministratorClosesCarryingOneKeyResultAndDroppingAnotherThenTheLeadDecidesTheRest() {
        long q1 = http.createCycle("2051 Q1", "2051-01-01", "2051-03-31").get("id").asLong();
        long q2 = http.createCycle("2051 Q2", "2051-04-01", "2051-06-30").get("id").asLong();
        long grow = objective(q1, "MKT", "Grow", "lead");
        long signups = metric(grow, "Signups", "lead");
        long press = metric(grow, "Press", "lead");
        long later = metric(grow, "Later", "lead");
        assertStatus(http.postJson(REST + "/keyresults/" + signups + "/checkins", "lead", "{\"value\":40,\"confidence\":\"AT_RISK\"}"), 201);
        long sales = objective(q1, "SALES", "Sell", "admin");
        long deals = metric(sales, "Deals", "admin");
        assertStatus(http.postJson(REST + "/cycles/" + q1 + "/start", "admin", "{}"), 200);

        Reply unfinished = http.get(REST + "/cycles/" + q1 + "/unfinished", "admin");
        assertStatus(unfinished, 200);
        JsonNode list = unfinished.json();
        assertEquals(q2, list.get("nextCycle").get("id").asLong());
        assertEquals("2051 Q2", list.get("nextCycle").get("name").asText());
        assertEquals(4, list.get("undecided").asInt());
        JsonNode first = list.get("keyResults").get(0);
        assertEquals("Signups", first.get("title").asText());
        assertEquals(0.4, first.get("progress").asDouble(), 1e-9);
        assertEquals("Grow", first.get("objective").get("title").asText());
        assertEquals("MKT", first.get("project").get("key").asText());
        assertTrue(first.get("outcome").isNull());
        assertTrue(first.get("carriedTo").isNull());
        assertTrue(first.get("canDecide").asBoolean());
        assertEquals("the lead does not see SALES", 3, http.get(REST + "/cycles/" + q1 + "/unfinished", "lead").json().get("keyResults").size());
        assertEquals(3, http.get(REST + "/cycles/" + q1 + "/unfinished?projectKey=MKT", "admin").json().get("keyResults").size());

        // A bad target is a 400 naming toCycleId, and the cycle stays open.
        Reply itself = http.postJson(REST + "/cycles/" + q1 + "/close", "admin",
                "{\"carryOver\":[{\"keyResultId\":" + signups + ",\"toCycleId\":" + q1 + "}]}");
        assertStatus(itself, 400);
        assertEquals(english("capokr.carry.error.sameCycle", "2051 Q1"), itself.json().get("errors").get("toCycleId").asText());
        assertStatus(http.postJson(REST + "/cycles/" + q1 + "/close", "admin", "{\"drop\":[\"x\"]}"), 400);
        assertEquals("ACTIVE", http.get(REST + "/cycles/" + q1, "admin").json().get("state").asText());

        Reply closed = http.postJson(REST + "/cycles/" + q1 + "/close", "admin",
                "{\"carryOver\":[{\"keyResultId\":" + signups + ",\"toCycleId\":" + q2 + "}],\"drop\":[" + press + "]}");
        assertStatus(closed, 200);
        assertEquals("CLOSED", closed.json().get("state").asText());

        JsonNode after = http.get(REST + "/cycles/" + q1 + "/unfinished?projectKey=MKT", "lead").json();
        assertEquals(1, after.get("undecided").asInt());
        JsonNode carried = after.get("keyResults").get(0);
        assertEquals("CARRIED", carried.get("outcome").asText());
        assertEquals(q2, carried.get("carriedTo").get("cycleId").asLong());
        long copy = carried.get("carriedTo").get("keyResultId").asLong();
        JsonNode copied = http.get(REST + "/keyresults/" + copy, "member").json();
        assertEquals("Signups", copied.get("title").asText());
        assertEquals(40, copied.get("start").asDouble(), 0);
        assertEquals("DROPPED", after.get("keyResults").get(1).get("outcome").asText());

        // Later, on the closed cycle: the lead decides for MKT, not for SALES; members not at all.
        String decideLater = "{\"carryOver\":[{\"keyResultId\":" + later + "}]}";
        assertStatus(http.postJson(REST + "/cycles/" + q1 + "/carry-over", "member", decideLater), 403);
        assertStatus(http.postJson(REST + "/cycles/" + q1 + "/carry-over", "lead", "{\"drop\":[" + deals + "]}"), 404);
        assertStatus(http.postJson(REST + "/cycles/" + q1 + "/carry-over", null, decideLater), 401);
        Reply decided = http.postJson(REST + "/cycles/" + q1 + "/carry-over", "lead",
                "{\"carryOver\":[{\"keyResultId\":" + later + "},{\"keyResultId\":" + press + "}]}");
        assertStatus(decided, 200);
        assertEquals(2, decided.json().get("carried").size());
        assertEquals(later, decided.json().get("carried").get(0).get("keyResultId").asLong());
        assertEquals(q2, decided.json().get("carried").get(0).get("toCycleId").asLong());
        assertEquals(0, decided.json().get("dropped").size());

        Reply twice = http.postJson(REST + "/cycles/" + q1 + "/carry-over", "lead", decideLater);
        assertStatus(twice, 409);
        assertEquals(english("capokr.carry.error.alreadyCarried", "Later"), twice.json().get("errorMessages").get(0).asText());
        assertStatus(http.postJson(REST + "/cycles/" + q1 + "/carry-over", "admin", "{\"drop\":[" + deals + "]}"), 200);

        // All three MKT key results now live on in one copied objective of 2051 Q2.
        JsonNode next = http.get(REST + "/projects/MKT/okrs?cycleId=" + q2, "member").json();
        assertEquals(1, next.get("objectives").size());
        assertEquals(3, next.get("objectives").get(0).get("keyResults").size());
    }

    @Test
    public void decisionsNeedAClosedCycleAndTheListAnOpenedOne() {
        long cycle = http.createCycle("2052 Q1", "2052-01-01", "2052-03-31").get("id").asLong();
        assertStatus(http.get(REST + "/cycles/" + cycle + "/unfinished", "member"), 409);
        assertStatus(http.postJson(REST + "/cycles/" + cycle + "/carry-over", "admin", "{\"drop\":[1]}"), 409);
        assertStatus(http.postJson(REST + "/cycles/" + cycle + "/carry-over", "admin", ""), 400);
        assertStatus(http.get(REST + "/cycles/999999/unfinished", "member"), 404);
        assertStatus(http.get(REST + "/cycles/" + cycle + "/unfinished", null), 401);
    }
}
