package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/** The weekly meeting over HTTP: the week's answer, blocker check-ins, decisions and actions, and every refusal. */
public class WeeklyRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static int cycles;

    private final SandboxHttp http = SANDBOX.http();

    /** A cycle around today (overlapping the sample data's, which is allowed), with an objective in MKT. */
    private long cycleAroundToday() {
        LocalDate today = LocalDate.now();
        return http.createCycle("Weekly REST " + (++cycles) + " " + System.nanoTime(), today.minusDays(30).toString(),
                today.plusDays(60).toString()).get("id").asLong();
    }

    private long keyResult(long cycle, String title) {
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Grow " + title + "\"}").json().get("id").asLong();
        return http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"" + title + "\",\"measure\":\"METRIC\",\"start\":0,\"target\":100}").json().get("id").asLong();
    }

    private static String thisWeek() {
        LocalDate today = LocalDate.now();
        return String.format("%04d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String english(String key, Object... arguments) {
        return SandboxHttp.pluginText(Locale.ENGLISH, key, arguments);
    }

    private Reply post(String path, String user) {
        return http.send(SandboxHttp.as(http.request(path).POST(HttpRequest.BodyPublishers.noBody()), user));
    }

    @Test
    public void aCheckInCarriesItsBlockerFlagAndOnlyABooleanIsTaken() {
        long kr = keyResult(cycleAroundToday(), "Signups");

        Reply blocked = http.postJson(REST + "/keyresults/" + kr + "/checkins", "member",
                "{\"value\":20,\"confidence\":\"AT_RISK\",\"note\":\"Legal review\",\"blocker\":true}");
        assertEquals(blocked.toString(), 201, blocked.status());
        assertTrue(blocked.json().get("blocker").asBoolean());
        Reply plain = http.postJson(REST + "/keyresults/" + kr + "/checkins", "member", "{\"value\":30,\"confidence\":\"ON_TRACK\"}");
        assertFalse(plain.json().get("blocker").asBoolean());
        assertTrue(http.get(REST + "/keyresults/" + kr + "/checkins", "member").json().get("values").get(1).get("blocker").asBoolean());

        for (String bad : new String[] {"\"yes\"", "1", "\"true\"", "{}", "[]"}) {
            Reply refused = http.postJson(REST + "/keyresults/" + kr + "/checkins", "member",
                    "{\"value\":40,\"confidence\":\"ON_TRACK\",\"blocker\":" + bad + "}");
            CycleRestTest.assertFieldError(refused, "blocker");
        }
        assertEquals(2, http.get(REST + "/keyresults/" + kr + "/checkins", "member").json().get("total").asInt());
    }

    /** Issues moving into Done are named to those who may see them and counted for the others. */
    @Test
    public void issuesDoneThisWeekAreListedAndRestrictedOnesCounted() {
        long cycle = cycleAroundToday();
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Chat\"}").json().get("id").asLong();
        long kr = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Ship the chat\",\"measure\":\"ISSUES\"}").json().get("id").asLong();
        assertEquals(200, http.postJson(REST + "/keyresults/" + kr + "/issues", "lead",
                "{\"issueKeys\":[\"MKT-19\",\"MKT-6\"]}").status());
        try {
            for (String key : new String[] {"MKT-19", "MKT-6"}) {
                assertEquals(200, http.putJson("/rest/sandbox/1.0/issues/" + key + "/status", "admin",
                        "{\"category\":\"DONE\"}").status());
            }

            JsonNode week = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "member").json();
            assertEquals(1, week.get("issuesDone").size());
            JsonNode done = week.get("issuesDone").get(0);
            assertEquals(List.of("MKT-19", "Add live chat to the pricing page", String.valueOf(kr)),
                    List.of(done.get("issueKey").asText(), done.get("summary").asText(), done.get("keyResultId").asText()));
            assertEquals("MKT-6 is hidden from member: counted, never named", 1, week.get("restrictedIssuesDone").asInt());
            assertEquals(2, http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "lead").json().get("issuesDone").size());
        } finally {
            http.putJson("/rest/sandbox/1.0/issues/MKT-19/status", "admin", "{\"category\":\"TO_DO\"}");
            http.putJson("/rest/sandbox/1.0/issues/MKT-6/status", "admin", "{\"category\":\"TO_DO\"}");
        }
    }

    @Test
    public void theWeekAnswersWithDeltasCheckInsBlockersAndItsShape() {
        long cycle = cycleAroundToday();
        long kr = keyResult(cycle, "Signups");
        keyResult(cycle, "Quiet");
        http.postJson(REST + "/keyresults/" + kr + "/checkins", "member",
                "{\"value\":20,\"confidence\":\"AT_RISK\",\"note\":\"Waiting on legal\",\"blocker\":true}");

        Reply reply = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "outsider");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode week = reply.json();
        assertEquals("MKT", week.get("project").get("key").asText());
        assertEquals(cycle, week.get("cycle").get("id").asLong());
        assertEquals(thisWeek(), week.get("week").get("id").asText());
        assertTrue(week.get("week").get("current").asBoolean());
        assertTrue(week.get("week").get("previous").isTextual());
        assertTrue(week.get("week").get("startDate").asText().compareTo(week.get("week").get("endDate").asText()) < 0);
        assertFalse("outsiders browse MKT but edit no issue there", week.get("canRecord").asBoolean());
        JsonNode blocker = week.get("blockers").get(0);
        assertTrue(blocker.get("open").asBoolean());
        assertEquals("Waiting on legal", blocker.get("checkIn").get("note").asText());
        assertEquals("member", blocker.get("checkIn").get("author").get("key").asText());
        JsonNode signups = week.get("keyResults").get(0);
        assertEquals(kr, signups.get("id").asLong());
        assertEquals(0.2, signups.get("progress").asDouble(), 1e-9);
        assertEquals("NEW", signups.get("trend").asText());
        assertTrue(signups.get("openBlocker").asBoolean());
        assertTrue(signups.get("delta").isNull());
        JsonNode quiet = week.get("keyResults").get(1);
        assertTrue(quiet.get("noRecentCheckIn").asBoolean());
        assertTrue(quiet.get("lastCheckInAt").isNull());
        assertEquals(1, week.get("checkIns").size());
        assertTrue(week.get("checkIns").get(0).get("blocker").asBoolean());
        assertTrue(week.get("linksAdded").isArray());
        assertEquals(0, week.get("restrictedLinksAdded").asInt());
        assertTrue(week.get("meetingItems").isArray());
        assertTrue(http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "member").json().get("canRecord").asBoolean());
        assertEquals(200, http.get(REST + "/projects/MKT/weekly", "member").status());
    }

    @Test
    public void aMalformedWeekOrAnUnknownCycleIsA400NamingItAndCallersMustBrowseTheProject() {
        long cycle = cycleAroundToday();
        for (String week : new String[] {"2027-7", "2027-W54", "W07", "2027-02-15"}) {
            CycleRestTest.assertFieldError(http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle + "&week=" + week, "member"), "week");
        }
        CycleRestTest.assertFieldError(http.get(REST + "/projects/MKT/weekly?cycleId=98765", "member"), "cycleId");
        CycleRestTest.assertFieldError(http.get(REST + "/projects/MKT/weekly?cycleId=abc", "member"), "cycleId");
        assertEquals(401, http.get(REST + "/projects/MKT/weekly", null).status());
        assertEquals(404, http.get(REST + "/projects/SALES/weekly", "outsider").status());
        assertEquals(404, http.get(REST + "/projects/NOPE/weekly", "admin").status());
    }

    @Test
    public void theMeetingRecordsAnActionThatComesBackNextWeekUntilDone() {
        long cycle = cycleAroundToday();
        String week = thisWeek();
        Reply created = http.postJson(REST + "/projects/MKT/meeting-items", "member", "{\"cycleId\":" + cycle + ",\"week\":\""
                + week + "\",\"kind\":\"ACTION\",\"title\":\"Call legal\",\"ownerKey\":\"lead\",\"dueDate\":\"2030-01-31\"}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode action = created.json();
        long id = action.get("id").asLong();
        assertTrue(created.header("Location").orElseThrow().endsWith(REST + "/meeting-items/" + id));
        assertEquals("ACTION", action.get("kind").asText());
        assertEquals("lead", action.get("ownerKey").asText());
        assertEquals("Luc Lead", action.get("owner").get("displayName").asText());
        assertEquals("member", action.get("createdBy").get("key").asText());
        assertEquals("2030-01-31", action.get("dueDate").asText());
        assertFalse(action.get("done").asBoolean());
        assertEquals(1, action.get("version").asInt());
        assertEquals(200, http.get(REST + "/meeting-items/" + id, "outsider").status());
        Reply decision = http.postJson(REST + "/projects/MKT/meeting-items", "lead", "{\"cycleId\":" + cycle + ",\"week\":\""
                + week + "\",\"kind\":\"DECISION\",\"title\":\"Skip the fair\"}");
        assertEquals(decision.toString(), 201, decision.status());

        JsonNode next = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "member").json().get("week");
        String nextWeek = next.get("next").asText();
        JsonNode carried = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle + "&week=" + nextWeek, "member").json().get("meetingItems");
        assertEquals(1, carried.size());
        assertEquals("Call legal", carried.get(0).get("title").asText());
        assertTrue(carried.get(0).get("carriedOver").asBoolean());

        Reply done = http.putJson(REST + "/meeting-items/" + id, "member", "{\"done\":true,\"version\":1}");
        assertEquals(done.toString(), 200, done.status());
        assertTrue(done.json().get("done").asBoolean());
        assertTrue(done.json().get("doneAt").isTextual());
        assertEquals(0, http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle + "&week=" + nextWeek, "member").json()
                .get("meetingItems").size());
        assertEquals(409, http.putJson(REST + "/meeting-items/" + id, "member", "{\"title\":\"Lost\",\"version\":1}").status());
        CycleRestTest.assertFieldError(http.putJson(REST + "/meeting-items/" + id, "member", "{\"done\":\"yes\",\"version\":2}"), "done");
        CycleRestTest.assertFieldError(http.putJson(REST + "/meeting-items/" + id, "member", "{\"title\":\"No version\"}"), "version");

        Reply deleted = http.delete(REST + "/meeting-items/" + id, "lead");
        assertEquals(deleted.toString(), 204, deleted.status());
        assertEquals(404, http.get(REST + "/meeting-items/" + id, "lead").status());
    }

    @Test
    public void eachBadFieldIsA400NamingItAndNothingIsWritten() {
        long cycle = cycleAroundToday();
        String week = thisWeek();
        String path = REST + "/projects/MKT/meeting-items";
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"kind", "{\"cycleId\":" + cycle + ",\"week\":\"" + week + "\",\"kind\":\"TASK\",\"title\":\"x\"}"});
        cases.add(new String[] {"title", "{\"cycleId\":" + cycle + ",\"week\":\"" + week + "\",\"kind\":\"DECISION\",\"title\":\" \"}"});
        cases.add(new String[] {"ownerKey", "{\"cycleId\":" + cycle + ",\"week\":\"" + week + "\",\"kind\":\"ACTION\",\"title\":\"x\"}"});
        cases.add(new String[] {"ownerKey", "{\"cycleId\":" + cycle + ",\"week\":\"" + week
                + "\",\"kind\":\"ACTION\",\"title\":\"x\",\"ownerKey\":\"ghost\"}"});
        cases.add(new String[] {"dueDate", "{\"cycleId\":" + cycle + ",\"week\":\"" + week
                + "\",\"kind\":\"ACTION\",\"title\":\"x\",\"ownerKey\":\"lead\",\"dueDate\":\"friday\"}"});
        cases.add(new String[] {"week", "{\"cycleId\":" + cycle + ",\"week\":\"2027/07\",\"kind\":\"DECISION\",\"title\":\"x\"}"});
        cases.add(new String[] {"week", "{\"cycleId\":" + cycle + ",\"week\":\"2001-W01\",\"kind\":\"DECISION\",\"title\":\"x\"}"});
        cases.add(new String[] {"cycleId", "{\"cycleId\":987654,\"week\":\"" + week + "\",\"kind\":\"DECISION\",\"title\":\"x\"}"});
        cases.add(new String[] {"cycleId", "{\"week\":\"" + week + "\",\"kind\":\"DECISION\",\"title\":\"x\"}"});
        for (String[] bad : cases) {
            CycleRestTest.assertFieldError(http.postJson(path, "member", bad[1]), bad[0]);
        }
        assertEquals(0, http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "member").json().get("meetingItems").size());
    }

    @Test
    public void onlyEditorsAndProjectAdminsRecordAndAClosedCyclesMeetingIsReadOnly() {
        long cycle = cycleAroundToday();
        String body = "{\"cycleId\":" + cycle + ",\"week\":\"" + thisWeek() + "\",\"kind\":\"DECISION\",\"title\":\"Go\"}";
        Reply outsider = http.postJson(REST + "/projects/MKT/meeting-items", "outsider", body);
        assertEquals(outsider.toString(), 403, outsider.status());
        assertEquals(english("capokr.meeting.error.cannotRecord"), outsider.json().get("errorMessages").get(0).asText());
        assertEquals(403, http.postJson(REST + "/projects/SALES/meeting-items", "member", body).status());
        assertEquals(404, http.postJson(REST + "/projects/SALES/meeting-items", "outsider", body).status());
        assertEquals(401, http.postJson(REST + "/projects/MKT/meeting-items", null, body).status());
        long id = http.postJson(REST + "/projects/MKT/meeting-items", "member", body).json().get("id").asLong();
        assertEquals(403, http.putJson(REST + "/meeting-items/" + id, "outsider", "{\"title\":\"Mine\",\"version\":1}").status());
        assertEquals(403, http.delete(REST + "/meeting-items/" + id, "outsider").status());
        assertEquals(404, http.delete(REST + "/meeting-items/987654", "admin").status());
        assertEquals(404, http.get(REST + "/meeting-items/nope", "admin").status());

        assertEquals(200, post(REST + "/cycles/" + cycle + "/start", "admin").status());
        assertEquals(200, post(REST + "/cycles/" + cycle + "/close", "admin").status());
        Reply closed = http.postJson(REST + "/projects/MKT/meeting-items", "member", body);
        assertEquals(closed.toString(), 409, closed.status());
        assertEquals(409, http.putJson(REST + "/meeting-items/" + id, "member", "{\"title\":\"Late\",\"version\":1}").status());
        assertEquals(409, http.delete(REST + "/meeting-items/" + id, "member").status());
        JsonNode week = http.get(REST + "/projects/MKT/weekly?cycleId=" + cycle, "member").json();
        assertFalse(week.get("canRecord").asBoolean());
        assertEquals("Go", week.get("meetingItems").get(0).get("title").asText());
    }
}
