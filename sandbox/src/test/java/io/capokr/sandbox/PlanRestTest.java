package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/** A project's plan over HTTP (GET/PUT /projects/{key}/plan) and the calibration warnings in the KR answers. */
public class PlanRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    private Reply plan(String project, long cycle, String user) {
        return http.get(REST + "/projects/" + project + "/plan?cycleId=" + cycle, user);
    }

    private Reply save(String project, String user, String body) {
        return http.putJson(REST + "/projects/" + project + "/plan", user, body);
    }

    private static void assertMessage(Reply reply, int status, String message) {
        assertEquals(reply.toString(), status, reply.status());
        assertEquals(reply.toString(), message, reply.json().get("errorMessages").get(0).asText());
    }

    @Test
    public void anAdministratorWritesThePlanAndEveryoneWhoBrowsesReadsIt() {
        long cycle = http.createCycle("2051 Q1", "2051-01-01", "2051-03-31").get("id").asLong();
        JsonNode empty = plan("MKT", cycle, "member").json();
        assertEquals(cycle, empty.get("cycleId").asLong());
        assertEquals("MKT", empty.get("projectKey").asText());
        assertEquals(0, empty.get("version").asInt());
        assertEquals(0, empty.get("priorities").size());
        assertTrue(empty.get("updatedBy").isNull());
        assertTrue(empty.get("updatedAt").isNull());

        Reply saved = save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"priorities\":["
                + "{\"title\":\"Win the mid-market\",\"ownerKey\":\"member\"},{\"title\":\"Cut churn\"}]}");
        assertEquals(saved.toString(), 200, saved.status());
        JsonNode plan = saved.json();
        assertEquals(1, plan.get("version").asInt());
        assertEquals("Win the mid-market", plan.get("priorities").get(0).get("title").asText());
        assertEquals("member", plan.get("priorities").get(0).get("owner").get("key").asText());
        assertEquals("Mia Member", plan.get("priorities").get(0).get("owner").get("displayName").asText());
        assertTrue(plan.get("priorities").get(1).get("owner").isNull());
        assertEquals("lead", plan.get("updatedBy").get("key").asText());
        assertTrue(plan.get("updatedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));

        for (String reader : new String[] {"member", "outsider", "admin"}) {
            JsonNode read = plan("MKT", cycle, reader).json();
            assertEquals(reader, plan.get("priorities"), read.get("priorities"));
            assertEquals(1, read.get("version").asInt());
        }

        Reply reordered = save("MKT", "admin", "{\"cycleId\":" + cycle + ",\"version\":1,\"priorities\":["
                + "{\"title\":\"Cut churn\"},{\"title\":\"Win the mid-market\",\"ownerKey\":\"lead\"}]}");
        assertEquals(reordered.toString(), 200, reordered.status());
        assertEquals(2, reordered.json().get("version").asInt());
        assertEquals("Cut churn", plan("MKT", cycle, "member").json().get("priorities").get(0).get("title").asText());
    }

    @Test
    public void badItemsAreRefusedByNameAndChangeNothing() {
        long cycle = http.createCycle("2052 Q1", "2052-01-01", "2052-03-31").get("id").asLong();
        Reply refused = save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"priorities\":[{\"title\":\"Fine\"},"
                + "{\"title\":\" \"},{\"title\":\"" + "x".repeat(256) + "\"},{\"title\":\"Who?\",\"ownerKey\":\"ghost\"}]}");
        assertEquals(refused.toString(), 400, refused.status());
        JsonNode errors = refused.json().get("errors");
        assertEquals(english("capokr.error.required"), errors.get("priorities[1].title").asText());
        assertEquals(english("capokr.error.tooLong", 255), errors.get("priorities[2].title").asText());
        assertEquals(3, errors.size());
        assertEquals(0, refused.json().get("errorMessages").size());

        Reply ghost = save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"priorities\":[{\"title\":\"Who?\",\"ownerKey\":\"ghost\"}]}");
        assertEquals(english("capokr.error.user.notFound", "ghost"), ghost.json().get("errors").get("priorities[0].ownerKey").asText());

        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("{\"title\":\"P" + i + "\"}");
        }
        Reply tooMany = save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"priorities\":[" + String.join(",", eleven) + "]}");
        assertEquals(400, tooMany.status());
        assertEquals(english("capokr.plan.error.tooMany", 10), tooMany.json().get("errors").get("priorities").asText());

        Reply noCycle = save("MKT", "lead", "{\"priorities\":[]}");
        assertEquals(400, noCycle.status());
        assertTrue(noCycle.toString(), noCycle.json().get("errors").has("cycleId"));
        Reply wrongType = save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"priorities\":\"first\"}");
        assertEquals(wrongType.toString(), 400, wrongType.status());
        Reply noBody = http.send(SandboxHttp.as(http.request(REST + "/projects/MKT/plan")
                .header("Content-Type", SandboxHttp.JSON).PUT(HttpRequest.BodyPublishers.noBody()), "lead"));
        assertEquals(noBody.toString(), 400, noBody.status());

        assertEquals(0, plan("MKT", cycle, "lead").json().get("version").asInt());
    }

    @Test
    public void membersAndOutsidersCannotWriteHiddenProjectsAreNotFoundAnonymousCallersLogIn() {
        long cycle = http.createCycle("2053 Q1", "2053-01-01", "2053-03-31").get("id").asLong();
        String body = "{\"cycleId\":" + cycle + ",\"priorities\":[{\"title\":\"Mine\"}]}";
        assertMessage(save("MKT", "member", body), 403, english("capokr.plan.error.cannotEdit"));
        assertMessage(save("MKT", "outsider", body), 403, english("capokr.plan.error.cannotEdit"));
        assertMessage(save("SALES", "member", body), 403, english("capokr.plan.error.cannotEdit"));
        assertEquals(404, save("SALES", "outsider", body).status());
        assertEquals(404, plan("SALES", cycle, "outsider").status());
        assertEquals(404, plan("NOPE", cycle, "admin").status());
        assertEquals(404, plan("MKT", 987654, "admin").status());
        assertEquals(400, http.get(REST + "/projects/MKT/plan?cycleId=x", "admin").status());
        assertEquals(401, plan("MKT", cycle, null).status());
        assertEquals(401, save("MKT", null, body).status());
        assertEquals(200, save("SALES", "admin", body).status());
    }

    @Test
    public void aStaleVersionAndAClosedCycleAreConflicts() {
        long cycle = http.createCycle("2054 Q1", "2054-01-01", "2054-03-31").get("id").asLong();
        assertEquals(200, save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"version\":0,\"priorities\":[{\"title\":\"One\"}]}").status());
        assertMessage(save("MKT", "admin", "{\"cycleId\":" + cycle + ",\"priorities\":[{\"title\":\"Two\"}]}"),
                409, english("capokr.error.stale"));
        assertMessage(save("MKT", "admin", "{\"cycleId\":" + cycle + ",\"version\":5,\"priorities\":[{\"title\":\"Two\"}]}"),
                409, english("capokr.error.stale"));

        post(REST + "/cycles/" + cycle + "/start");
        post(REST + "/cycles/" + cycle + "/close");
        assertMessage(save("MKT", "lead", "{\"cycleId\":" + cycle + ",\"version\":1,\"priorities\":[{\"title\":\"Late\"}]}"),
                409, english("capokr.plan.error.closed", "2054 Q1"));
        JsonNode kept = plan("MKT", cycle, "member").json();
        assertEquals("One", kept.get("priorities").get(0).get("title").asText());
        assertEquals(false, kept.get("canEdit").asBoolean());
    }

    @Test
    public void keyResultAnswersAndTheReadModelCarryCalibrationWarnings() {
        long cycle = http.createCycle("2055 Q1", "2055-01-01", "2055-03-31").get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Grow\"}").json().get("id").asLong();
        Reply created = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Signups\",\"measure\":\"METRIC\",\"start\":10,\"target\":10}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode warnings = created.json().get("warnings");
        assertEquals(2, warnings.size());
        assertEquals("METRIC_NO_UNIT", warnings.get(0).get("code").asText());
        assertEquals(english("capokr.calibration.METRIC_NO_UNIT"), warnings.get(0).get("message").asText());
        assertEquals("METRIC_START_EQUALS_TARGET", warnings.get(1).get("code").asText());

        long id = created.json().get("id").asLong();
        Reply updated = http.putJson(REST + "/keyresults/" + id, "lead",
                "{\"title\":\"Signups\",\"measure\":\"METRIC\",\"start\":0,\"target\":100,\"unit\":\"signups\",\"version\":1}");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(0, updated.json().get("warnings").size());
        Reply issues = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Ship\",\"measure\":\"ISSUES\"}");
        assertEquals("ISSUES_NO_CONTRIBUTING_ISSUE", issues.json().get("warnings").get(0).get("code").asText());
        // a plain read of the key result carries no warnings: they answer saves and come with the project's read model
        assertTrue(http.get(REST + "/keyresults/" + id, "member").json().path("warnings").isMissingNode());

        long empty = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Empty\"}").json().get("id").asLong();
        JsonNode okrs = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycle, "member").json();
        for (JsonNode row : okrs.get("objectives")) {
            long rowId = row.get("objective").get("id").asLong();
            if (rowId == empty) {
                assertEquals("OBJECTIVE_NO_KEY_RESULT", row.get("warnings").get(0).get("code").asText());
            } else {
                assertEquals(0, row.get("warnings").size());
                assertEquals(0, row.get("keyResults").get(0).get("warnings").size());
                assertEquals("ISSUES_NO_CONTRIBUTING_ISSUE",
                        row.get("keyResults").get(1).get("warnings").get(0).get("code").asText());
            }
        }
        Reply french = http.send(SandboxHttp.as(http.request(REST + "/projects/MKT/okrs?cycleId=" + cycle)
                .header("Accept-Language", "fr").GET(), "member"));
        assertEquals(french.toString(), 200, french.status());
        String frenchMessage = SandboxHttp.pluginText(Locale.FRENCH, "capokr.calibration.OBJECTIVE_NO_KEY_RESULT");
        boolean found = false;
        for (JsonNode row : french.json().get("objectives")) {
            if (row.get("objective").get("id").asLong() == empty) {
                assertEquals(frenchMessage, row.get("warnings").get(0).get("message").asText());
                found = true;
            }
        }
        assertTrue(found);
    }

    private void post(String path) {
        Reply reply = http.send(SandboxHttp.as(http.request(path).POST(HttpRequest.BodyPublishers.noBody()), "admin"));
        assertEquals(reply.toString(), 200, reply.status());
    }
}
