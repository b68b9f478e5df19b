package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Progress history over HTTP: the shape of {@code /keyresults/{id}/history} and {@code /objectives/{id}/history},
 * who may read them, and the first point a key result gets. Histories over several days need a clock the tests
 * control: the service tests ({@code HistoryServiceTest}) cover them.
 */
public class HistoryRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void aKeyResultAndItsObjectiveAnswerTheirHistoryFromTheFirstCheckIn() {
        long cycleId = http.createCycle("History", "2041-01-01", "2041-03-31").get("id").asLong();
        long objectiveId = created(http.postJson(REST + "/objectives", "lead", JSON.createObjectNode()
                .put("cycleId", cycleId).put("projectKey", "MKT").put("title", "Grow the newsletter").toString()));
        long keyResultId = created(http.postJson(REST + "/objectives/" + objectiveId + "/keyresults", "lead",
                JSON.createObjectNode().put("title", "Subscribers").put("measure", "METRIC").put("start", 0.0)
                        .put("target", 200.0).put("unit", "subscribers").toString()));
        Reply checkIn = http.postJson(REST + "/keyresults/" + keyResultId + "/checkins", "member",
                JSON.createObjectNode().put("value", 50.0).put("confidence", "ON_TRACK").toString());
        assertEquals(checkIn.toString(), 201, checkIn.status());

        Reply keyResult = http.get(REST + "/keyresults/" + keyResultId + "/history", "outsider");
        assertEquals(keyResult.toString(), 200, keyResult.status());
        JsonNode body = keyResult.json();
        assertEquals(keyResultId, body.get("keyResultId").asLong());
        // Created at 0 and checked in at 0.25 on the same day: one point, that day's last value.
        assertEquals(1, body.get("points").size());
        JsonNode point = body.get("points").get(0);
        LocalDate day = LocalDate.parse(point.get("day").asText());
        assertTrue(day + " is about today", Math.abs(day.toEpochDay() - LocalDate.now().toEpochDay()) <= 1);
        assertEquals(0.25, point.get("progress").asDouble(), 1e-9);
        assertEquals(2, point.size());

        Reply objective = http.get(REST + "/objectives/" + objectiveId + "/history", "member");
        assertEquals(objective.toString(), 200, objective.status());
        assertEquals(objectiveId, objective.json().get("objectiveId").asLong());
        assertEquals(body.get("points"), objective.json().get("points"));
    }

    @Test
    public void historyIsHiddenAsItsKeyResultOrObjectiveIs() {
        long cycleId = http.createCycle("History hidden", "2041-04-01", "2041-06-30").get("id").asLong();
        long objectiveId = created(http.postJson(REST + "/objectives", "admin", JSON.createObjectNode()
                .put("cycleId", cycleId).put("projectKey", "SALES").put("title", "Sell more").toString()));
        long keyResultId = created(http.postJson(REST + "/objectives/" + objectiveId + "/keyresults", "admin",
                JSON.createObjectNode().put("title", "Signed").put("measure", "MILESTONE").toString()));

        assertEquals(200, http.get(REST + "/keyresults/" + keyResultId + "/history", "member").status());
        assertEquals(404, http.get(REST + "/keyresults/" + keyResultId + "/history", "outsider").status());
        assertEquals(404, http.get(REST + "/objectives/" + objectiveId + "/history", "outsider").status());
        assertEquals(401, http.get(REST + "/objectives/" + objectiveId + "/history", null).status());
        assertEquals(404, http.get(REST + "/keyresults/99999999/history", "admin").status());
        Reply empty = http.get(REST + "/objectives/" + objectiveId + "/history", "admin");
        assertEquals(1, empty.json().get("points").size());
        assertEquals(0.0, empty.json().get("points").get(0).get("progress").asDouble(), 0);
    }

    /** The sample data checks in through the services with the sandbox's clock set back, so it has weeks of history. */
    @Test
    public void theSampleKeyResultsHaveWeeksOfHistory() {
        JsonNode okrs = http.get(REST + "/projects/MKT/okrs", "lead").json();
        int longest = 0;
        for (JsonNode objective : okrs.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                JsonNode points = http.get(REST + "/keyresults/" + row.get("keyResult").get("id").asLong() + "/history",
                        "lead").json().get("points");
                longest = Math.max(longest, points.size());
                assertEquals("the latest point is today's progress", row.get("progress").asDouble(),
                        points.get(points.size() - 1).get("progress").asDouble(), 1e-9);
            }
        }
        assertTrue("some sample key result changed on several days: " + longest, longest >= 3);
    }

    private static long created(Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }
}
