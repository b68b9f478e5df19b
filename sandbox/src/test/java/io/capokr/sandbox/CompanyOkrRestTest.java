package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code GET /company/okrs} over real HTTP on the sample data: the current quarter's company objectives, with
 * Marketing's and Sales' objectives aligned to them. Who sees which projects follows BROWSE_PROJECTS, and a project
 * the caller cannot browse is nowhere in the answer.
 */
public class CompanyOkrRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String PATH = REST + "/company/okrs";

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void anonymousCallersGet401() {
        Reply reply = http.get(PATH, null);

        assertEquals(reply.toString(), 401, reply.status());
        assertTrue(reply.json().get("errorMessages").size() > 0);
    }

    @Test
    public void aMemberSeesTheCompanyObjectivesWithBothProjectsAligned() {
        JsonNode okrs = okrs("member");

        assertEquals(List.of("Structure our growth", "Become the reference partner in our region"),
                texts(okrs.get("objectives"), "objective", "title"));
        assertFalse(okrs.get("canEdit").asBoolean());
        assertEquals(List.of("MKT", "SALES"), alignedProjectKeys(okrs));
        assertEquals(List.of("MKT", "SALES"), texts(okrs.get("projects"), "project", "key"));
        for (JsonNode project : okrs.get("projects")) {
            assertEquals(2, project.get("objectives").asInt());
            double average = project.get("averageProgress").asDouble();
            assertTrue("average progress in [0, 1]: " + average, average > 0 && average <= 1);
        }
        JsonNode growth = okrs.get("objectives").get(0);
        assertTrue(growth.get("progress").asDouble() > 0);
        assertTrue(List.of("ON_TRACK", "AT_RISK", "OFF_TRACK").contains(growth.get("health").asText()));
    }

    @Test
    public void anOutsiderDoesNotSeeSalesAtAll() {
        Reply reply = http.get(PATH, "outsider");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode okrs = reply.json();

        assertEquals("company objectives are for every logged-in user", 2, okrs.get("objectives").size());
        assertEquals(List.of("MKT"), alignedProjectKeys(okrs));
        assertEquals(List.of("MKT"), texts(okrs.get("projects"), "project", "key"));
        assertThat(reply.body(), not(containsString("\"SALES\"")));
        assertThat(reply.body(), not(containsString("Improve lead conversion")));
        assertThat(reply.body(), not(containsString("Stabilize customer recurrence")));
    }

    @Test
    public void administratorsMayEdit() {
        assertTrue(okrs("admin").get("canEdit").asBoolean());
    }

    @Test
    public void aCycleIsChosenByIdAndABadOneIsRefused() {
        long cycle = http.createCycle("Company REST 2044", "2044-01-01", "2044-03-31").get("id").asLong();

        JsonNode empty = http.get(PATH + "?cycleId=" + cycle, "member").json();
        assertEquals(cycle, empty.get("cycle").get("id").asLong());
        assertEquals(0, empty.get("objectives").size());
        assertEquals(0, empty.get("projects").size());

        assertEquals(404, http.get(PATH + "?cycleId=987654", "member").status());
        Reply bad = http.get(PATH + "?cycleId=abc", "member");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("errors").has("cycleId"));
    }

    private JsonNode okrs(String user) {
        Reply reply = http.get(PATH, user);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** The projects aligned to any company objective, each once, in order of appearance. */
    private static List<String> alignedProjectKeys(JsonNode okrs) {
        List<String> keys = new ArrayList<>();
        for (JsonNode objective : okrs.get("objectives")) {
            for (String key : texts(objective.get("aligned"), "project", "key")) {
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static List<String> texts(JsonNode array, String object, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(object).get(field).asText()));
        return texts;
    }
}
