package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.pluginText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The plugin's OKR REST API over real HTTP: objectives, key results, check-ins and initiatives, with the
 * permissions of DESIGN §8, Jira's error shape of §9, and the project read model that sums it all up.
 *
 * <p>Each test works in a cycle of its own, so the tests do not see each other's objectives. Cycles in the
 * future have not started (health NOT_STARTED); the read-model test uses a cycle that is over, where the
 * calendar expects everything done (expected progress 1), so health does not depend on today's date. The
 * one test that moves a sample issue puts it back. Every mutating call sends JSON.
 */
public class OkrRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MKT_ID = 10000;
    private static final double EPSILON = 1e-9;

    private final SandboxHttp http = SANDBOX.http();

    // ---------------------------------------------------------------- objectives

    @Test
    public void projectAdministratorsCreateProjectObjectivesAndJiraAdministratorsCompanyOnes() {
        long cycleId = cycle("OKR create", "2040-01-01", "2040-03-31");

        Reply created = http.postJson(REST + "/objectives", "lead", objective(cycleId, "MKT", "Be the brand people trust")
                .put("description", "  Trust shows in renewals.  ").put("type", "COMMITTED").toString());

        assertEquals(created.toString(), 201, created.status());
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertEquals(SANDBOX.uri(REST + "/objectives/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals(cycleId, body.get("cycleId").asLong());
        assertEquals(MKT_ID, body.get("projectId").asLong());
        assertTrue(body.get("parentId").isNull());
        assertEquals("Be the brand people trust", body.get("title").asText());
        assertEquals("Trust shows in renewals.", body.get("description").asText());
        assertEquals("lead", body.get("ownerKey").asText());
        assertEquals("COMMITTED", body.get("type").asText());
        assertEquals(0, body.get("rank").asInt());
        assertTrue(body.get("grade").isNull());
        assertEquals(1, body.get("version").asInt());
        Reply fetched = http.get(REST + "/objectives/" + id, "outsider");
        assertEquals(fetched.toString(), 200, fetched.status());
        assertEquals(body, fetched.json());

        Reply byMember = http.postJson(REST + "/objectives", "member", objective(cycleId, "MKT", "Member's").toString());
        assertError(byMember, 403, pluginText(Locale.ENGLISH, "capokr.error.objective.cannotCreate"));

        Reply anonymous = http.postJson(REST + "/objectives", null, objective(cycleId, "MKT", "Nobody's").toString());
        assertEquals(anonymous.toString(), 401, anonymous.status());
        assertEquals(1, anonymous.json().get("errorMessages").size());

        Reply companyByLead = http.postJson(REST + "/objectives", "lead", objective(cycleId, null, "Lead's company").toString());
        assertError(companyByLead, 403, pluginText(Locale.ENGLISH, "capokr.error.adminOnly"));

        Reply companyByAdmin = http.postJson(REST + "/objectives", "admin", objective(cycleId, null, "Grow 40%").toString());
        assertEquals(companyByAdmin.toString(), 201, companyByAdmin.status());
        JsonNode company = companyByAdmin.json();
        assertTrue(company.get("projectId").isNull());
        assertEquals("admin", company.get("ownerKey").asText());
        assertEquals("ASPIRATIONAL", company.get("type").asText());
        assertEquals(SANDBOX.uri(REST + "/objectives/" + company.get("id").asLong()).toString(),
                companyByAdmin.header("Location").orElseThrow());

        // Only the lead's objective is MKT's; the refused calls wrote nothing, the company one is not a project's.
        assertEquals(List.of("Be the brand people trust"), objectiveTitles(cycleId, "lead"));
    }

    @Test
    public void badObjectiveInputIsA400NamingTheFieldAndWritesNothing() {
        long cycleId = cycle("OKR bad objectives", "2040-04-01", "2040-06-30");

        assertFieldError(http.postJson(REST + "/objectives", "lead", objective(cycleId, "MKT", "  \t ").toString()),
                "title", pluginText(Locale.ENGLISH, "capokr.error.required"));
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        objective(cycleId, "MKT", "Someday").put("type", "SOMEDAY").toString()),
                "type", pluginText(Locale.ENGLISH, "capokr.error.choice", "COMMITTED, ASPIRATIONAL"));
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        objective(cycleId, "MKT", "No cycle").without("cycleId").toString()),
                "cycleId", pluginText(Locale.ENGLISH, "capokr.error.required"));
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        objective(cycleId, "MKT", "Unknown cycle").put("cycleId", 99999).toString()),
                "cycleId", pluginText(Locale.ENGLISH, "capokr.error.cycle.notFound", "99999"));
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        objective(cycleId, "MKT", "Ghost owner").put("ownerKey", "ghost").toString()),
                "ownerKey", pluginText(Locale.ENGLISH, "capokr.error.user.notFound", "ghost"));
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        "{\"cycleId\":\"abc\",\"projectKey\":\"MKT\",\"title\":\"Typed wrong\"}"),
                "cycleId", pluginText(Locale.ENGLISH, "capokr.error.json.wholeNumber"));

        // Titles live in VARCHAR(255) columns, which count UTF-16 units: 128 emoji do not fit, 127 and a letter do.
        String emoji = "\uD83C\uDFAF";
        assertFieldError(http.postJson(REST + "/objectives", "lead", objective(cycleId, "MKT", emoji.repeat(128)).toString()),
                "title", pluginText(Locale.ENGLISH, "capokr.error.tooLong", 255));

        // Several problems at once: each field named, nothing else.
        Reply several = http.postJson(REST + "/objectives", "lead",
                objective(cycleId, "MKT", "").put("type", "SOMEDAY").put("ownerKey", "ghost").toString());
        assertEquals(several.toString(), 400, several.status());
        assertEquals(Set.of("title", "type", "ownerKey"), fieldNames(several.json().get("errors")));

        assertEquals(List.of(), objectiveTitles(cycleId, "lead"));

        String longest = emoji.repeat(127) + "!";
        assertEquals(longest, createObjective("lead", cycleId, "MKT", longest).get("title").asText());
        assertEquals(List.of(longest), objectiveTitles(cycleId, "lead"));
    }

    @Test
    public void changesNeedTheCurrentVersionAndDeletingRemovesTheObjectiveWithItsKeyResults() {
        long cycleId = cycle("OKR versions", "2040-07-01", "2040-09-30");
        JsonNode created = createObjective("lead", cycleId, "MKT", "Double the newsletter");
        long id = created.get("id").asLong();
        long keyResultId = createKeyResult(id, "lead", metric("Subscribers", 0, 200, "subscribers")).get("id").asLong();
        assertEquals(201, http.postJson(REST + "/keyresults/" + keyResultId + "/checkins", "lead",
                "{\"value\":20,\"confidence\":\"AT_RISK\"}").status());

        Reply changed = http.putJson(REST + "/objectives/" + id, "lead", JSON.createObjectNode()
                .put("title", "Triple the newsletter").put("type", "COMMITTED").put("version", 1).toString());
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals(2, changed.json().get("version").asInt());
        assertEquals("Triple the newsletter", changed.json().get("title").asText());
        assertEquals("COMMITTED", changed.json().get("type").asText());
        assertEquals("lead", changed.json().get("ownerKey").asText());

        Reply stale = http.putJson(REST + "/objectives/" + id, "lead", JSON.createObjectNode()
                .put("title", "Quadruple the newsletter").put("version", 1).toString());
        assertError(stale, 409, pluginText(Locale.ENGLISH, "capokr.error.stale"));
        JsonNode afterConflict = http.get(REST + "/objectives/" + id, "lead").json();
        assertEquals("Triple the newsletter", afterConflict.get("title").asText());
        assertEquals(2, afterConflict.get("version").asInt());

        Reply noVersion = http.putJson(REST + "/objectives/" + id, "lead", "{\"title\":\"Versionless\"}");
        assertFieldError(noVersion, "version", pluginText(Locale.ENGLISH, "capokr.error.required"));

        Reply byMember = http.putJson(REST + "/objectives/" + id, "member",
                "{\"title\":\"Member's\",\"version\":2}");
        assertError(byMember, 403, pluginText(Locale.ENGLISH, "capokr.error.objective.cannotEdit"));
        assertEquals(403, http.delete(REST + "/objectives/" + id, "member").status());

        Reply deleted = http.delete(REST + "/objectives/" + id, "lead");
        assertEquals(deleted.toString(), 204, deleted.status());
        assertEquals("", deleted.body());
        assertError(http.get(REST + "/objectives/" + id, "lead"), 404,
                pluginText(Locale.ENGLISH, "capokr.error.objective.notFound", String.valueOf(id)));
        assertEquals(404, http.get(REST + "/keyresults/" + keyResultId, "lead").status());
        assertEquals(404, http.get(REST + "/keyresults/" + keyResultId + "/checkins", "lead").status());
        assertEquals(404, http.delete(REST + "/objectives/" + id, "lead").status());
        assertEquals(List.of(), objectiveTitles(cycleId, "lead"));
    }

    @Test
    public void anObjectiveOfAProjectTheCallerCannotBrowseIsNotFound() {
        long cycleId = cycle("OKR visibility", "2040-10-01", "2040-12-31");
        long id = createObjective("admin", cycleId, "SALES", "Close the ten largest renewals").get("id").asLong();

        assertError(http.get(REST + "/objectives/" + id, "outsider"), 404,
                pluginText(Locale.ENGLISH, "capokr.error.objective.notFound", String.valueOf(id)));
        assertEquals(404, http.get(REST + "/objectives/" + id + "/keyresults", "outsider").status());
        assertEquals(404, http.putJson(REST + "/objectives/" + id, "outsider",
                "{\"title\":\"Mine now\",\"version\":1}").status());
        // The same answer as for an id that does not exist at all.
        assertEquals(404, http.get(REST + "/objectives/" + (id + 100000), "outsider").status());

        assertEquals(200, http.get(REST + "/objectives/" + id, "member").status());
    }

    /** AO's ids are ints; an id beyond them must name nothing rather than wrap onto another row. */
    @Test
    public void idsBeyondTheDatabasesRangeNameNothing() {
        long cycleId = cycle("OKR large ids", "2043-01-01", "2043-03-31");
        long id = createObjective("lead", cycleId, "MKT", "Stay put").get("id").asLong();
        long wrapsOntoId = id + (1L << 32);

        assertEquals(404, http.get(REST + "/objectives/" + wrapsOntoId, "lead").status());
        assertEquals(404, http.delete(REST + "/objectives/" + wrapsOntoId, "lead").status());
        assertEquals(404, http.get(REST + "/cycles/" + (cycleId + (1L << 32)), "lead").status());
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        objective(cycleId + (1L << 32), "MKT", "Wrapped cycle").toString()),
                "cycleId", pluginText(Locale.ENGLISH, "capokr.error.cycle.notFound", String.valueOf(cycleId + (1L << 32))));
        assertFieldError(http.postJson(REST + "/objectives", "lead",
                        objective(cycleId, "MKT", "Wrapped parent").put("parentId", wrapsOntoId).toString()),
                "parentId", pluginText(Locale.ENGLISH, "capokr.error.objective.parent"));
        assertEquals(List.of("Stay put"), objectiveTitles(cycleId, "lead"));
    }

    // ---------------------------------------------------------------- key results

    @Test
    public void keyResultsOfEachMeasureAreCreatedValidatedAndOrdered() {
        long cycleId = cycle("OKR key results", "2041-01-01", "2041-03-31");
        long objectiveId = createObjective("lead", cycleId, "MKT", "Fill the funnel").get("id").asLong();
        String keyResults = REST + "/objectives/" + objectiveId + "/keyresults";

        Reply metric = http.postJson(keyResults, "lead", metric("Weekly signups", 0, 200, "signups").toString());
        assertEquals(metric.toString(), 201, metric.status());
        JsonNode m = metric.json();
        long metricId = m.get("id").asLong();
        assertEquals(SANDBOX.uri(REST + "/keyresults/" + metricId).toString(), metric.header("Location").orElseThrow());
        assertEquals(objectiveId, m.get("objectiveId").asLong());
        assertEquals("Weekly signups", m.get("title").asText());
        assertEquals("lead", m.get("ownerKey").asText());
        assertEquals("METRIC", m.get("measure").asText());
        assertEquals(0.0, m.get("start").asDouble(), EPSILON);
        assertEquals(200.0, m.get("target").asDouble(), EPSILON);
        assertEquals(0.0, m.get("current").asDouble(), EPSILON);
        assertEquals("signups", m.get("unit").asText());
        assertEquals("INCREASE", m.get("direction").asText());
        assertEquals(1.0, m.get("weight").asDouble(), EPSILON);
        assertEquals(0, m.get("rank").asInt());
        assertEquals(1, m.get("version").asInt());
        assertFalse(m.toString(), m.has("done") || m.has("weighting") || m.has("confidence"));
        // the save's answer adds its calibration warnings (none here); a plain read is the same key result without them
        assertEquals(0, m.get("warnings").size());
        assertEquals(((ObjectNode) m.deepCopy()).without("warnings"),
                http.get(REST + "/keyresults/" + metricId, "member").json());

        JsonNode milestone = createKeyResult(objectiveId, "lead", JSON.createObjectNode()
                .put("title", "Pricing page launched").put("measure", "MILESTONE").put("weight", 2));
        assertEquals("MILESTONE", milestone.get("measure").asText());
        assertFalse(milestone.get("done").asBoolean());
        assertEquals(2.0, milestone.get("weight").asDouble(), EPSILON);
        assertEquals(1, milestone.get("rank").asInt());
        assertFalse(milestone.toString(), milestone.has("start") || milestone.has("weighting"));

        JsonNode issues = createKeyResult(objectiveId, "lead", JSON.createObjectNode()
                .put("title", "Campaign work shipped").put("measure", "ISSUES").put("weighting", "STORY_POINTS"));
        assertEquals("ISSUES", issues.get("measure").asText());
        assertEquals("STORY_POINTS", issues.get("weighting").asText());
        assertEquals(2, issues.get("rank").asInt());
        assertFalse(issues.toString(), issues.has("start") || issues.has("done"));

        String required = pluginText(Locale.ENGLISH, "capokr.error.required");
        assertFieldError(http.postJson(keyResults, "lead", metric("No target", 0, 1, "x").without("target").toString()),
                "target", required);
        assertFieldError(http.postJson(keyResults, "lead",
                        metric("Upside down", 100, 50, "x").put("direction", "INCREASE").toString()),
                "target", pluginText(Locale.ENGLISH, "capokr.error.keyResult.target.above"));
        assertFieldError(http.postJson(keyResults, "lead", metric("Negative", 0, 10, "x").put("weight", -1).toString()),
                "weight", pluginText(Locale.ENGLISH, "capokr.error.keyResult.weight", 1000));
        assertFieldError(http.postJson(keyResults, "lead",
                        "{\"title\":\"Huge\",\"measure\":\"METRIC\",\"start\":1e400,\"target\":10}"),
                "start", pluginText(Locale.ENGLISH, "capokr.error.number"));
        // Finite, but beyond what Active Objects stores (the float range): named, not a 500.
        assertFieldError(http.postJson(keyResults, "lead", metric("Vast", -1e308, 1e308, "x").toString()),
                "start", pluginText(Locale.ENGLISH, "capokr.error.number"));
        assertFieldError(http.postJson(keyResults, "lead", metric("Vast", 0, 1e39, "x").toString()),
                "target", pluginText(Locale.ENGLISH, "capokr.error.number"));
        assertFieldError(http.postJson(keyResults, "lead", metric("Emoji unit", 0, 10, "\uD83C\uDFAF".repeat(17)).toString()),
                "unit", pluginText(Locale.ENGLISH, "capokr.error.tooLong", 32));
        Reply several = http.postJson(keyResults, "lead",
                "{\"title\":\"\",\"measure\":\"METRIC\",\"start\":0,\"weight\":-1}");
        assertEquals(several.toString(), 400, several.status());
        assertEquals(Set.of("title", "target", "weight"), fieldNames(several.json().get("errors")));
        assertError(http.postJson(keyResults, "member", metric("Member's", 0, 10, "x").toString()), 403,
                pluginText(Locale.ENGLISH, "capokr.error.objective.cannotEdit"));
        assertEquals(List.of(metricId, milestone.get("id").asLong(), issues.get("id").asLong()),
                keyResultIds(objectiveId));

        List<Long> reversed = List.of(issues.get("id").asLong(), milestone.get("id").asLong(), metricId);
        Reply missingOne = http.putJson(keyResults + "/order", "lead",
                "{\"ids\":[" + reversed.get(0) + "," + reversed.get(1) + "]}");
        assertFieldError(missingOne, "ids", pluginText(Locale.ENGLISH, "capokr.error.order"));
        assertEquals(List.of(metricId, milestone.get("id").asLong(), issues.get("id").asLong()),
                keyResultIds(objectiveId));

        Reply reordered = http.putJson(keyResults + "/order", "lead", "{\"ids\":" + reversed + "}");
        assertEquals(reordered.toString(), 200, reordered.status());
        assertEquals(reversed, ids(reordered.json()));
        assertEquals(reversed, keyResultIds(objectiveId));
    }

    // ---------------------------------------------------------------- check-ins

    @Test
    public void membersWhoEditIssuesCheckInAndCheckInsPageNewestFirst() {
        long cycleId = cycle("OKR check-ins", "2041-04-01", "2041-06-30");
        long objectiveId = createObjective("lead", cycleId, "MKT", "Grow the audience").get("id").asLong();
        long keyResultId = createKeyResult(objectiveId, "lead", metric("Weekly signups", 0, 200, "signups"))
                .get("id").asLong();
        String checkIns = REST + "/keyresults/" + keyResultId + "/checkins";

        Reply first = http.postJson(checkIns, "member",
                "{\"value\":50,\"confidence\":\"ON_TRACK\",\"note\":\"  Webinar brought a spike.  \"}");

        assertEquals(first.toString(), 201, first.status());
        JsonNode checkIn = first.json();
        assertEquals(keyResultId, checkIn.get("keyResultId").asLong());
        assertEquals("member", checkIn.get("authorKey").asText());
        assertEquals(50.0, checkIn.get("value").asDouble(), EPSILON);
        assertEquals(0.25, checkIn.get("progress").asDouble(), EPSILON);
        assertEquals("ON_TRACK", checkIn.get("confidence").asText());
        assertEquals("Webinar brought a spike.", checkIn.get("note").asText());
        java.time.Instant.parse(checkIn.get("at").asText());
        String location = first.header("Location").orElseThrow();
        assertEquals(SANDBOX.uri(checkIns + "/" + checkIn.get("id").asLong()).toString(), location);
        Reply atLocation = http.get(location.substring(location.indexOf(REST)), "outsider");
        assertEquals(atLocation.toString(), 200, atLocation.status());
        assertEquals(checkIn, atLocation.json());

        JsonNode keyResult = http.get(REST + "/keyresults/" + keyResultId, "outsider").json();
        assertEquals(50.0, keyResult.get("current").asDouble(), EPSILON);
        assertEquals("ON_TRACK", keyResult.get("confidence").asText());
        assertEquals(2, keyResult.get("version").asInt());

        assertError(http.postJson(checkIns, "outsider", "{\"value\":60,\"confidence\":\"ON_TRACK\"}"), 403,
                pluginText(Locale.ENGLISH, "capokr.error.keyResult.cannotWork"));
        assertEquals(401, http.postJson(checkIns, null, "{\"value\":60,\"confidence\":\"ON_TRACK\"}").status());
        assertFieldError(http.postJson(checkIns, "member", "{\"confidence\":\"ON_TRACK\"}"), "value",
                pluginText(Locale.ENGLISH, "capokr.error.checkIn.valueRequired"));
        assertFieldError(http.postJson(checkIns, "member", "{\"value\":1e300,\"confidence\":\"ON_TRACK\"}"), "value",
                pluginText(Locale.ENGLISH, "capokr.error.number"));
        assertFieldError(http.postJson(checkIns, "member", "{\"value\":60,\"confidence\":\"FINE\"}"), "confidence",
                pluginText(Locale.ENGLISH, "capokr.error.choice", "ON_TRACK, AT_RISK, OFF_TRACK"));
        assertEquals(50.0, http.get(REST + "/keyresults/" + keyResultId, "lead").json().get("current").asDouble(),
                EPSILON);

        assertEquals(201, http.postJson(checkIns, "lead", "{\"value\":80,\"confidence\":\"AT_RISK\"}").status());
        assertEquals(201, http.postJson(checkIns, "member", "{\"value\":150,\"confidence\":\"OFF_TRACK\"}").status());

        JsonNode all = http.get(checkIns, "outsider").json();
        assertEquals(3, all.get("total").asInt());
        assertTrue(all.get("isLast").asBoolean());
        assertEquals(List.of(150.0, 80.0, 50.0), values(all.get("values"), "value"));
        assertEquals(List.of(0.75, 0.4, 0.25), values(all.get("values"), "progress"));
        assertEquals(List.of("member", "lead", "member"), texts(all.get("values"), "authorKey"));

        JsonNode second = http.get(checkIns + "?startAt=1&maxResults=1", "member").json();
        assertEquals(1, second.get("startAt").asInt());
        assertEquals(1, second.get("maxResults").asInt());
        assertEquals(3, second.get("total").asInt());
        assertFalse(second.get("isLast").asBoolean());
        assertEquals(List.of(80.0), values(second.get("values"), "value"));
        JsonNode last = http.get(checkIns + "?startAt=2&maxResults=1", "member").json();
        assertTrue(last.get("isLast").asBoolean());
        assertEquals(List.of(50.0), values(last.get("values"), "value"));

        JsonNode latest = http.get(REST + "/keyresults/" + keyResultId, "lead").json();
        assertEquals(150.0, latest.get("current").asDouble(), EPSILON);
        assertEquals("OFF_TRACK", latest.get("confidence").asText());
    }

    // ---------------------------------------------------------------- initiatives

    @Test
    public void linkingIsAllOrNothingAndReportsEachBadKeyWithoutNamingRestrictedIssues() {
        long cycleId = cycle("OKR links", "2041-07-01", "2041-09-30");
        long objectiveId = createObjective("lead", cycleId, "MKT", "Ship the campaign").get("id").asLong();
        long keyResultId = createKeyResult(objectiveId, "lead", JSON.createObjectNode()
                .put("title", "Campaign issues done").put("measure", "ISSUES")).get("id").asLong();
        String issues = REST + "/keyresults/" + keyResultId + "/issues";

        List<String> tooMany = new ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            tooMany.add("MKT-" + i);
        }
        assertFieldError(http.postJson(issues, "lead", linkBody(tooMany)), "issueKeys",
                pluginText(Locale.ENGLISH, "capokr.error.issueKeys.tooMany", 1000));
        assertFieldError(http.postJson(issues, "lead", "{\"issueKeys\":[]}"), "issueKeys",
                pluginText(Locale.ENGLISH, "capokr.error.issueKeys.required"));

        Reply mixed = http.postJson(issues, "member", linkBody(List.of("MKT-1", "NOPE-9", "MKT-6")));
        assertEquals(mixed.toString(), 400, mixed.status());
        JsonNode errors = mixed.json().get("errors");
        assertEquals(Set.of("NOPE-9", "MKT-6"), fieldNames(errors));
        assertEquals(pluginText(Locale.ENGLISH, "capokr.error.issue.notFound", "NOPE-9"), errors.get("NOPE-9").asText());
        // A restricted issue gets the very answer of one that does not exist, and its summary never shows.
        assertEquals(pluginText(Locale.ENGLISH, "capokr.error.issue.notFound", "MKT-6"), errors.get("MKT-6").asText());
        assertFalse(mixed.body(), mixed.body().contains("Audit SEO"));
        assertEquals(0, mixed.json().get("errorMessages").size());
        assertEquals(0, http.get(issues, "lead").json().get("total").asInt());

        Reply french = http.send(SandboxHttp.as(http.request(issues).header("Content-Type", SandboxHttp.JSON)
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(linkBody(List.of("MKT-1", "NOPE-9")))), "member"));
        assertEquals(french.toString(), 400, french.status());
        String frenchMessage = pluginText(Locale.FRENCH, "capokr.error.issue.notFound", "NOPE-9");
        assertEquals(frenchMessage, french.json().get("errors").get("NOPE-9").asText());
        assertFalse(frenchMessage.equals(pluginText(Locale.ENGLISH, "capokr.error.issue.notFound", "NOPE-9")));

        assertError(http.postJson(issues, "outsider", linkBody(List.of("MKT-1"))), 403,
                pluginText(Locale.ENGLISH, "capokr.error.keyResult.cannotWork"));
        assertEquals(0, http.get(issues, "lead").json().get("total").asInt());

        Reply linked = http.postJson(issues, "member", linkBody(List.of("MKT-1", "mkt-2", " MKT-2 ")));
        assertEquals(linked.toString(), 200, linked.status());
        assertEquals(2, linked.json().get("linked").asInt());
        assertEquals(0, linked.json().get("alreadyLinked").asInt());
        Reply again = http.postJson(issues, "member", linkBody(List.of("MKT-2", "MKT-3")));
        assertEquals(1, again.json().get("linked").asInt());
        assertEquals(1, again.json().get("alreadyLinked").asInt());
        assertEquals(List.of("MKT-1", "MKT-2", "MKT-3"), linkedKeys(issues, "member"));

        Reply unlinkRestricted = http.postJson(issues + "/unlink", "member", linkBody(List.of("MKT-1", "MKT-6")));
        assertEquals(Set.of("MKT-6"), fieldNames(unlinkRestricted.json().get("errors")));
        assertEquals(List.of("MKT-1", "MKT-2", "MKT-3"), linkedKeys(issues, "member"));

        Reply unlinked = http.postJson(issues + "/unlink", "member", linkBody(List.of("MKT-1", "MKT-3")));
        assertEquals(unlinked.toString(), 200, unlinked.status());
        assertEquals(2, unlinked.json().get("unlinked").asInt());
        assertEquals(List.of("MKT-2"), linkedKeys(issues, "member"));
        assertEquals(0, http.postJson(issues + "/unlink", "member", linkBody(List.of("MKT-1"))).json()
                .get("unlinked").asInt());
    }

    // ---------------------------------------------------------------- the project read model

    @Test
    public void theProjectReadModelSumsItAllUpAndFollowsIssueStatus() {
        // Over: the calendar expects everything done (expected progress 1), so health reads progress alone.
        long cycleId = cycle("OKR read model", "2020-01-01", "2020-03-31");
        long companyId = createObjective("admin", cycleId, null, "Grow revenue 40%").get("id").asLong();
        long objectiveId = createObjective("lead", cycleId, "MKT",
                objective(cycleId, "MKT", "Fill the funnel").put("parentId", companyId)).get("id").asLong();
        long metricId = createKeyResult(objectiveId, "lead", metric("Weekly signups", 0, 200, "signups")).get("id").asLong();
        long milestoneId = createKeyResult(objectiveId, "lead", JSON.createObjectNode()
                .put("title", "Pricing page launched").put("measure", "MILESTONE").put("done", true)).get("id").asLong();
        long pointsId = createKeyResult(objectiveId, "lead", JSON.createObjectNode()
                .put("title", "Campaign work shipped").put("measure", "ISSUES").put("weighting", "STORY_POINTS"))
                .get("id").asLong();
        assertEquals(201, http.postJson(REST + "/keyresults/" + metricId + "/checkins", "member",
                "{\"value\":50,\"confidence\":\"ON_TRACK\",\"note\":\"Webinar\"}").status());
        // MKT-1 Done (5 points), MKT-3 To Do (3), MKT-6 To Do without points (the median, 4); MKT-6 is the lead's to see.
        Reply linked = http.postJson(REST + "/keyresults/" + pointsId + "/issues", "lead",
                linkBody(List.of("MKT-1", "MKT-3", "MKT-6")));
        assertEquals(linked.toString(), 200, linked.status());

        JsonNode okrs = okrs(cycleId, "member");
        assertEquals("MKT", okrs.get("project").get("key").asText());
        assertEquals(cycleId, okrs.get("cycle").get("id").asLong());
        assertEquals(1.0, okrs.get("expectedProgress").asDouble(), EPSILON);
        assertFalse(okrs.get("canCreateObjectives").asBoolean());
        assertEquals(List.of(companyId), ids(okrs.get("alignedTo")));
        assertEquals(1, okrs.get("objectives").size());
        JsonNode row = okrs.get("objectives").get(0);
        assertEquals(objectiveId, row.get("objective").get("id").asLong());
        assertEquals(companyId, row.get("objective").get("parentId").asLong());
        assertFalse(row.get("canEdit").asBoolean());
        assertEquals((0.25 + 1 + 5.0 / 12) / 3, row.get("progress").asDouble(), EPSILON);
        assertEquals("OFF_TRACK", row.get("health").asText());
        assertKeyResultRow(row.get("keyResults").get(0), metricId, 0.25, "OFF_TRACK", "ON_TRACK", 0, 0, 0);
        assertKeyResultRow(row.get("keyResults").get(1), milestoneId, 1.0, "ON_TRACK", null, 0, 0, 0);
        assertKeyResultRow(row.get("keyResults").get(2), pointsId, 5.0 / 12, "OFF_TRACK", null, 1, 0, 2);
        assertTrue(row.get("keyResults").get(0).get("canWork").asBoolean());
        assertFalse(row.get("keyResults").get(2).get("noInitiatives").asBoolean());
        // Counted, never named: not in the read model, nor in the member's page of initiatives.
        String read = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, "member").body();
        assertFalse(read, read.contains("MKT-6") || read.contains("Audit SEO"));
        JsonNode page = http.get(REST + "/keyresults/" + pointsId + "/issues", "member").json();
        assertEquals(3, page.get("total").asInt());
        assertEquals(1, page.get("restricted").asInt());

        JsonNode asLead = okrs(cycleId, "lead");
        assertTrue(asLead.get("canCreateObjectives").asBoolean());
        assertTrue(asLead.get("objectives").get(0).get("canEdit").asBoolean());
        assertEquals(okrs.get("objectives").get(0).get("progress"), asLead.get("objectives").get(0).get("progress"));

        try {
            http.moveIssue("MKT-3", "Done");

            JsonNode moved = okrs(cycleId, "member").get("objectives").get(0);
            assertKeyResultRow(moved.get("keyResults").get(2), pointsId, 8.0 / 12, "AT_RISK", null, 2, 0, 1);
            assertEquals((0.25 + 1 + 8.0 / 12) / 3, moved.get("progress").asDouble(), EPSILON);
            assertEquals("AT_RISK", moved.get("health").asText());

            http.moveIssue("MKT-6", "In Progress");

            JsonNode restrictedMoved = okrs(cycleId, "member").get("objectives").get(0);
            assertKeyResultRow(restrictedMoved.get("keyResults").get(2), pointsId, 8.0 / 12, "AT_RISK", null, 2, 1, 0);
        } finally {
            http.moveIssue("MKT-3", "To Do");
            http.moveIssue("MKT-6", "To Do");
        }
        assertKeyResultRow(okrs(cycleId, "member").get("objectives").get(0).get("keyResults").get(2), pointsId,
                5.0 / 12, "OFF_TRACK", null, 1, 0, 2);
    }

    @Test
    public void aCycleThatHasNotStartedReportsNotStartedAndAKeyResultWithoutIssuesSaysSo() {
        long cycleId = cycle("OKR not started", "2042-01-01", "2042-03-31");
        long objectiveId = createObjective("lead", cycleId, "MKT", "Plan ahead").get("id").asLong();
        long keyResultId = createKeyResult(objectiveId, "lead", JSON.createObjectNode()
                .put("title", "Backlog groomed").put("measure", "ISSUES")).get("id").asLong();

        JsonNode okrs = okrs(cycleId, "outsider");
        assertEquals(0.0, okrs.get("expectedProgress").asDouble(), EPSILON);
        JsonNode row = okrs.get("objectives").get(0);
        assertEquals("NOT_STARTED", row.get("health").asText());
        JsonNode keyResult = row.get("keyResults").get(0);
        assertKeyResultRow(keyResult, keyResultId, 0.0, "NOT_STARTED", null, 0, 0, 0);
        assertTrue(keyResult.get("noInitiatives").asBoolean());
        assertFalse(keyResult.get("canWork").asBoolean());

        // a project the caller cannot browse answers exactly as one that does not exist
        assertError(http.get(REST + "/projects/SALES/okrs?cycleId=" + cycleId, "outsider"), 404,
                pluginText(Locale.ENGLISH, "capokr.error.project.notFound", "SALES"));
        assertError(http.get(REST + "/projects/NOPE/okrs?cycleId=" + cycleId, "outsider"), 404,
                pluginText(Locale.ENGLISH, "capokr.error.project.notFound", "NOPE"));
        assertEquals(401, http.get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, null).status());
        assertFieldError(http.get(REST + "/projects/MKT/okrs?cycleId=abc", "lead"), "cycleId",
                pluginText(Locale.ENGLISH, "capokr.error.id"));
    }

    // ---------------------------------------------------------------- helpers

    private long cycle(String name, String start, String end) {
        return http.createCycle(name, start, end).get("id").asLong();
    }

    private static ObjectNode objective(long cycleId, String projectKey, String title) {
        ObjectNode body = JSON.createObjectNode().put("cycleId", cycleId).put("title", title);
        if (projectKey != null) {
            body.put("projectKey", projectKey);
        }
        return body;
    }

    private JsonNode createObjective(String user, long cycleId, String projectKey, String title) {
        return createObjective(user, cycleId, projectKey, objective(cycleId, projectKey, title));
    }

    private JsonNode createObjective(String user, long cycleId, String projectKey, ObjectNode body) {
        Reply reply = http.postJson(REST + "/objectives", user, body.toString());
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    private static ObjectNode metric(String title, double start, double target, String unit) {
        return JSON.createObjectNode().put("title", title).put("measure", "METRIC").put("start", start)
                .put("target", target).put("unit", unit);
    }

    private JsonNode createKeyResult(long objectiveId, String user, ObjectNode body) {
        Reply reply = http.postJson(REST + "/objectives/" + objectiveId + "/keyresults", user, body.toString());
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    private static String linkBody(List<String> keys) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("issueKeys");
        keys.forEach(array::add);
        return body.toString();
    }

    private JsonNode okrs(long cycleId, String user) {
        Reply reply = http.get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, user);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private List<String> objectiveTitles(long cycleId, String user) {
        List<String> titles = new ArrayList<>();
        okrs(cycleId, user).get("objectives").forEach(row -> titles.add(row.get("objective").get("title").asText()));
        return titles;
    }

    private List<Long> keyResultIds(long objectiveId) {
        Reply reply = http.get(REST + "/objectives/" + objectiveId + "/keyresults", "member");
        assertEquals(reply.toString(), 200, reply.status());
        return ids(reply.json());
    }

    private List<String> linkedKeys(String issuesPath, String user) {
        Reply reply = http.get(issuesPath, user);
        assertEquals(reply.toString(), 200, reply.status());
        return texts(reply.json().get("values"), "issueKey");
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get("id").asLong()).toList();
    }

    private static List<Double> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asDouble()).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static void assertKeyResultRow(JsonNode row, long id, double progress, String health, String confidence,
                                           int done, int inProgress, int toDo) {
        assertEquals(row.toString(), id, row.get("keyResult").get("id").asLong());
        assertEquals(row.toString(), progress, row.get("progress").asDouble(), EPSILON);
        assertEquals(row.toString(), health, row.get("health").asText());
        assertEquals(row.toString(), confidence, row.get("confidence").isNull() ? null : row.get("confidence").asText());
        JsonNode counts = row.get("initiatives");
        assertEquals(row.toString(), List.of(done, inProgress, toDo), List.of(counts.get("done").asInt(),
                counts.get("inProgress").asInt(), counts.get("toDo").asInt()));
    }

    /** A 400 in Jira's shape, naming the field with exactly this message. */
    private static void assertFieldError(Reply reply, String field, String message) {
        assertEquals(reply.toString(), 400, reply.status());
        assertTrue(reply.toString(), reply.header("Content-Type").orElse("").startsWith(SandboxHttp.JSON));
        JsonNode body = reply.json();
        assertTrue(reply.toString(), body.get("errorMessages").isArray());
        assertEquals(reply.toString(), message, body.get("errors").path(field).asText(null));
    }

    /** A refusal in Jira's shape: one error message, no field errors. */
    private static void assertError(Reply reply, int status, String message) {
        assertEquals(reply.toString(), status, reply.status());
        JsonNode body = reply.json();
        assertEquals(reply.toString(), List.of(message), texts(body.get("errorMessages")));
        assertEquals(reply.toString(), 0, body.get("errors").size());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
