package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The mid-cycle review, grades and the synthesis over HTTP: shapes, field errors, 401/403/404/409, and a closed cycle
 * that still takes grades and its end-of-cycle review but no mid-cycle change. Cycles are dated around today (the
 * sandbox runs on the real clock).
 */
public class ReviewRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final SandboxHttp http = SANDBOX.http();
    private final LocalDate today = LocalDate.now();

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    private Reply post(String path, String user) {
        return http.send(SandboxHttp.as(http.request(path).POST(HttpRequest.BodyPublishers.noBody()), user));
    }

    /** An ACTIVE cycle of 90 days that started {@code daysAgo} days ago. */
    private long activeCycle(String name, int daysAgo) {
        LocalDate start = today.minusDays(daysAgo);
        long id = http.createCycle(name + " " + NAMES.incrementAndGet() + " " + System.nanoTime(), start.toString(),
                start.plusDays(89).toString()).get("id").asLong();
        assertEquals(200, post(REST + "/cycles/" + id + "/start", "admin").status());
        return id;
    }

    private long objective(long cycle, String title, String type) {
        Reply reply = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"" + title + "\",\"type\":\"" + type + "\"}");
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private JsonNode metric(long objective, String title, int target) {
        Reply reply = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"" + title + "\",\"measure\":\"METRIC\",\"start\":0,\"target\":" + target + "}");
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    private JsonNode checkIn(long keyResult, double value) {
        assertEquals(201, http.postJson(REST + "/keyresults/" + keyResult + "/checkins", "lead",
                "{\"value\":" + value + ",\"confidence\":\"ON_TRACK\"}").status());
        return http.get(REST + "/keyresults/" + keyResult, "lead").json();
    }

    private static void assertRefused(Reply reply, int status, String message) {
        assertEquals(reply.toString(), status, reply.status());
        assertEquals(reply.toString(), message, reply.json().get("errorMessages").get(0).asText());
        assertEquals(0, reply.json().get("errors").size());
    }

    @Test
    public void theMidCycleReviewIsSavedWithVersionsAndAdjustsAKeyResultWhoseHistoryShowsTheOldTarget() {
        long cycle = activeCycle("Mid review", 60);
        long objective = objective(cycle, "Grow", "COMMITTED");
        JsonNode signups = metric(objective, "Signups", 100);
        long keyResult = signups.get("id").asLong();
        String path = REST + "/projects/MKT/reviews/MID_CYCLE";

        Reply first = http.putJson(path, "lead", "{\"cycleId\":" + cycle + ",\"whatWorked\":\"Weekly check-ins\",\"whatToChange\":\"Fewer KRs\"}");
        assertEquals(first.toString(), 200, first.status());
        assertEquals("MID_CYCLE", first.json().get("kind").asText());
        assertEquals(1, first.json().get("version").asInt());
        assertEquals("lead", first.json().get("updatedBy").asText());
        Reply second = http.putJson(path, "lead", "{\"cycleId\":" + cycle + ",\"version\":1,\"whatWorked\":\"Check-ins\"}");
        assertEquals(2, second.json().get("version").asInt());
        assertRefused(http.putJson(path, "lead", "{\"cycleId\":" + cycle + ",\"version\":1,\"whatWorked\":\"Lost\"}"),
                409, english("capokr.error.stale"));
        CycleRestTest.assertFieldError(http.putJson(path, "lead",
                "{\"cycleId\":" + cycle + ",\"version\":2,\"whatWorked\":\"A\",\"learnings\":\"Too early\"}"), "learnings");
        CycleRestTest.assertFieldError(http.putJson(path, "lead", "{\"version\":2,\"whatWorked\":\"A\"}"), "cycleId");
        CycleRestTest.assertFieldError(http.putJson(path, "lead", "{\"cycleId\":\"soon\",\"whatWorked\":\"A\"}"), "cycleId");
        assertRefused(http.putJson(path, "member", "{\"cycleId\":" + cycle + ",\"version\":2,\"whatWorked\":\"Mine\"}"),
                403, english("capokr.review.error.cannotEdit"));
        assertEquals(401, http.putJson(path, null, "{\"cycleId\":" + cycle + ",\"whatWorked\":\"Anon\"}").status());
        assertEquals(404, http.putJson(REST + "/projects/NOPE/reviews/MID_CYCLE", "lead",
                "{\"cycleId\":" + cycle + ",\"whatWorked\":\"A\"}").status());
        assertEquals(404, http.putJson(REST + "/projects/MKT/reviews/HALFWAY", "lead",
                "{\"cycleId\":" + cycle + ",\"whatWorked\":\"A\"}").status());
        LocalDate endOpens = today.minusDays(60).plusDays(89 - 13);
        assertRefused(http.putJson(REST + "/projects/MKT/reviews/END_OF_CYCLE", "lead",
                "{\"cycleId\":" + cycle + ",\"whatWorked\":\"Early\"}"), 409,
                english("capokr.review.error.endOfCycle.notYet", endOpens.toString()));
        assertRefused(http.putJson(REST + "/keyresults/" + keyResult + "/grade", "lead",
                "{\"grade\":0.0,\"version\":" + signups.get("version").asInt() + "}"), 409,
                english("capokr.grade.error.notYet", endOpens.toString()));

        Reply adjusted = http.postJson(path + "/adjustments", "lead",
                "{\"keyResultId\":" + keyResult + ",\"target\":80,\"version\":" + signups.get("version").asInt() + "}");
        assertEquals(adjusted.toString(), 201, adjusted.status());
        assertEquals("TARGET", adjusted.json().get("adjustment").get("field").asText());
        assertEquals("100", adjusted.json().get("adjustment").get("oldValue").asText());
        assertEquals("80", adjusted.json().get("adjustment").get("newValue").asText());
        assertEquals(80.0, adjusted.json().get("keyResult").get("target").asDouble(), 0);
        CycleRestTest.assertFieldError(http.postJson(path + "/adjustments", "lead",
                "{\"keyResultId\":" + keyResult + ",\"target\":70,\"title\":\"Both\",\"version\":"
                        + adjusted.json().get("keyResult").get("version").asInt() + "}"), "title");
        assertRefused(http.postJson(path + "/adjustments", "lead",
                "{\"keyResultId\":" + keyResult + ",\"target\":70,\"version\":1}"), 409, english("capokr.error.stale"));
        CycleRestTest.assertFieldError(http.postJson(path + "/adjustments", "lead", "{\"target\":70,\"version\":1}"), "keyResultId");

        JsonNode history = http.get(REST + "/keyresults/" + keyResult + "/history", "member").json();
        assertEquals(1, history.get("adjustments").size());
        JsonNode change = history.get("adjustments").get(0);
        assertEquals(today.toString(), change.get("day").asText());
        assertEquals("TARGET", change.get("field").asText());
        assertEquals("100", change.get("oldValue").asText());
        assertEquals("80", change.get("newValue").asText());
        assertEquals("lead", change.get("by").asText());

        JsonNode reviews = http.get(REST + "/projects/MKT/reviews?cycleId=" + cycle, "member").json();
        assertFalse(reviews.get("canEdit").asBoolean());
        assertEquals("MID_CYCLE", reviews.get("reviews").get(0).get("kind").asText());
        assertTrue(reviews.get("reviews").get(0).get("window").get("open").asBoolean());
        assertEquals("Check-ins", reviews.get("reviews").get(0).get("review").get("whatWorked").asText());
        assertEquals(1, reviews.get("reviews").get(0).get("review").get("adjustments").size());
        assertEquals("END_OF_CYCLE", reviews.get("reviews").get(1).get("kind").asText());
        assertTrue(reviews.get("reviews").get(1).get("review").isNull());
        assertEquals("NOT_YET", reviews.get("reviews").get(1).get("window").get("closedReason").asText());
        assertEquals(endOpens.toString(), reviews.get("grading").get("opensOn").asText());
        assertTrue(http.get(REST + "/projects/MKT/reviews?cycleId=" + cycle, "lead").json().get("canEdit").asBoolean());
        assertEquals(404, http.get(REST + "/projects/SALES/reviews?cycleId=" + cycle, "outsider").status());
    }

    @Test
    public void aClosedCycleTakesGradesAndItsEndOfCycleReviewButRefusesMidCycleChanges() {
        long cycle = activeCycle("Grading", 85);
        long objective = objective(cycle, "Keep customers", "COMMITTED");
        JsonNode churn = checkIn(metric(objective, "Renewals", 10).get("id").asLong(), 8);
        JsonNode nps = checkIn(metric(objective, "NPS", 50).get("id").asLong(), 50);
        long churnId = churn.get("id").asLong();
        String grade = REST + "/keyresults/" + churnId + "/grade";

        CycleRestTest.assertFieldError(http.putJson(grade, "lead", "{\"grade\":0.75,\"version\":" + churn.get("version") + "}"), "grade");
        CycleRestTest.assertFieldError(http.putJson(grade, "lead", "{\"grade\":\"high\",\"version\":" + churn.get("version") + "}"), "grade");
        Reply noReason = http.putJson(grade, "lead", "{\"grade\":0.6,\"version\":" + churn.get("version") + "}");
        CycleRestTest.assertFieldError(noReason, "reason");
        assertEquals(english("capokr.grade.error.reason", "0.8"), noReason.json().get("errors").get("reason").asText());
        assertRefused(http.putJson(grade, "member", "{\"grade\":0.8,\"version\":" + churn.get("version") + "}"),
                403, english("capokr.grade.error.cannotGrade"));
        assertEquals(404, http.putJson(REST + "/keyresults/987654/grade", "lead", "{\"grade\":0.8,\"version\":1}").status());

        Reply graded = http.putJson(grade, "lead", "{\"grade\":0.8,\"version\":" + churn.get("version") + "}");
        assertEquals(graded.toString(), 200, graded.status());
        assertEquals(0.8, graded.json().get("grade").asDouble(), 0);
        assertEquals(0.8, graded.json().get("suggestedGrade").asDouble(), 0);
        assertEquals("GREEN", graded.json().get("band").asText());
        assertEquals(churn.get("version").asInt() + 1, graded.json().get("version").asInt());
        assertEquals(0.9, graded.json().get("objective").get("grade").asDouble(), 1e-9);
        assertTrue("committed under 1.0", graded.json().get("objective").get("miss").asBoolean());

        assertEquals(200, post(REST + "/cycles/" + cycle + "/close", "admin").status());
        Reply regraded = http.putJson(grade, "lead", "{\"grade\":0.6,\"reason\":\"Two renewals came late\",\"version\":"
                + graded.json().get("version") + "}");
        assertEquals(regraded.toString(), 200, regraded.status());
        Reply end = http.putJson(REST + "/projects/MKT/reviews/END_OF_CYCLE", "lead", "{\"cycleId\":" + cycle
                + ",\"whatWorked\":\"Calls\",\"whatToChange\":\"Scope\",\"learnings\":\"Start smaller\"}");
        assertEquals(end.toString(), 200, end.status());
        assertEquals("Start smaller", end.json().get("learnings").asText());
        String closed = english("capokr.review.error.midCycle.closed",
                http.get(REST + "/cycles/" + cycle, "admin").json().get("name").asText());
        assertRefused(http.putJson(REST + "/projects/MKT/reviews/MID_CYCLE", "lead",
                "{\"cycleId\":" + cycle + ",\"whatWorked\":\"Late\"}"), 409, closed);
        assertRefused(http.postJson(REST + "/projects/MKT/reviews/MID_CYCLE/adjustments", "lead",
                "{\"keyResultId\":" + nps.get("id") + ",\"title\":\"Net promoters\",\"version\":" + nps.get("version") + "}"),
                409, closed);

        JsonNode synthesis = http.get(REST + "/projects/MKT/synthesis?cycleId=" + cycle, "member").json();
        assertEquals("CLOSED", synthesis.get("cycle").get("state").asText());
        assertFalse(synthesis.get("canGrade").asBoolean());
        JsonNode row = synthesis.get("objectives").get(0);
        assertEquals("COMMITTED", row.get("type").asText());
        assertEquals(0.8, row.get("grade").asDouble(), 1e-9);
        assertEquals("GREEN", row.get("band").asText());
        assertTrue(row.get("miss").asBoolean());
        JsonNode renewals = row.get("keyResults").get(0);
        assertEquals(0.8, renewals.get("progress").asDouble(), 1e-9);
        assertEquals(0.8, renewals.get("suggestedGrade").asDouble(), 0);
        assertEquals(0.6, renewals.get("grade").asDouble(), 0);
        assertEquals("Two renewals came late", renewals.get("reason").asText());
        assertTrue("not graded: null, counted as suggested", row.get("keyResults").get(1).get("grade").isNull());
        assertEquals("Start smaller", synthesis.get("endOfCycle").get("learnings").asText());
        assertTrue(synthesis.get("midCycle").isNull());
        CycleRestTest.assertFieldError(http.get(REST + "/projects/MKT/synthesis", "member"), "cycleId");

        JsonNode company = http.get(REST + "/company/synthesis?cycleId=" + cycle, "outsider").json();
        assertEquals(0, company.get("companyObjectives").size());
        JsonNode marketing = company.get("projects").get(0);
        assertEquals("MKT", marketing.get("project").get("key").asText());
        assertEquals(1, marketing.get("objectives").asInt());
        assertEquals(0.8, marketing.get("averageGrade").asDouble(), 1e-9);
        assertEquals(1, marketing.get("misses").asInt());
        assertEquals("Start smaller", marketing.get("learnings").asText());
        assertEquals(401, http.get(REST + "/company/synthesis?cycleId=" + cycle, null).status());
        assertThat(http.get(REST + "/company/synthesis?cycleId=999999", "admin").body(), containsString("cycleId"));
    }
}
