package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Jackson strictness over HTTP: a fraction or a string where an id, a version or a count is expected, and a property
 * the request does not have, are each a 400 in Jira's shape naming the field, and nothing is written; Jackson on its
 * own would truncate 1.5 to 1 (another object's id) and ignore a misspelt field.
 */
public class JsonStrictnessRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void aFractionOrAStringWhereAnIdIsExpectedIsRefusedNamingTheField() {
        long cycle = http.createCycle("Strict ids", "2042-01-01", "2042-03-31").get("id").asLong();
        int before = objectiveCount(cycle);

        for (String cycleId : new String[] {cycle + ".5", cycle + ".0", "\"" + cycle + "\"", "1e2", "99999999999999999999"}) {
            Reply reply = http.postJson(REST + "/objectives", "lead",
                    "{\"cycleId\":" + cycleId + ",\"projectKey\":\"MKT\",\"title\":\"Truncated\"}");

            assertRefused(reply, "cycleId", "capokr.error.json.wholeNumber");
        }
        assertEquals("nothing written", before, objectiveCount(cycle));
        assertEquals(201, http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Whole\"}").status());
    }

    @Test
    public void aFractionalVersionIsRefusedAndTheObjectiveKeepsItsTitle() {
        long cycle = http.createCycle("Strict versions", "2042-04-01", "2042-06-30").get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Kept\"}").json().get("id").asLong();

        Reply reply = http.putJson(REST + "/objectives/" + objective, "lead", "{\"title\":\"Changed\",\"version\":1.9}");

        assertRefused(reply, "version", "capokr.error.json.wholeNumber");
        assertEquals("Kept", http.get(REST + "/objectives/" + objective, "lead").json().get("title").asText());
    }

    @Test
    public void wholeNumbersInListsAndPartialUpdatesAreStrictToo() {
        Reply order = http.putJson(REST + "/objectives/order", "lead", "{\"cycleId\":1,\"projectKey\":\"MKT\",\"ids\":[1.5]}");
        assertRefused(order, "ids.0", "capokr.error.json.wholeNumber");

        int length = http.get(REST + "/admin/settings", "admin").json().get("defaultCycleLength").asInt();
        Reply settings = http.putJson(REST + "/admin/settings", "admin", "{\"defaultCycleLength\":45.5}");
        assertRefused(settings, "defaultCycleLength", "capokr.error.json.wholeNumber");
        assertEquals(length, http.get(REST + "/admin/settings", "admin").json().get("defaultCycleLength").asInt());
    }

    @Test
    public void aPropertyTheRequestDoesNotHaveIsRefusedNamingIt() {
        int cycles = http.cycleCount();

        Reply reply = http.postJson(REST + "/cycles", "admin",
                "{\"nmae\":\"Typo\",\"name\":\"Typo\",\"startDate\":\"2043-01-01\"}");

        assertRefused(reply, "nmae", "capokr.error.json.unknownField");
        assertEquals("nothing written", cycles, http.cycleCount());
        Reply nested = http.postJson(REST + "/keyresults/1/checkins", "member", "{\"value\":3,\"confidence\":\"ON_TRACK\",\"blockr\":true}");
        assertRefused(nested, "blockr", "capokr.error.json.unknownField");
    }

    private static void assertRefused(Reply reply, String field, String key) {
        SandboxHttp.assertJiraError(reply, 400);
        JsonNode errors = reply.json().get("errors");
        assertEquals(reply.toString(), SandboxHttp.pluginText(Locale.ENGLISH, key), errors.path(field).asText());
    }

    private int objectiveCount(long cycle) {
        return http.get(REST + "/projects/MKT/okrs?cycleId=" + cycle, "lead").json().get("objectives").size();
    }
}
