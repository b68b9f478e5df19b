package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/** The plugin's cycle REST API as served by the sandbox: the happy path, bad input, paging and languages. */
public class CycleRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void adminCreatesACycleThatCanBeListedFetchedAndSeenOnTheProjectPage() {
        Reply created = http.postJson(REST + "/cycles", "admin",
                "{\"name\":\"2030 Q1\",\"startDate\":\"2030-01-01\",\"endDate\":\"2030-03-31\"}");

        assertEquals(created.toString(), 201, created.status());
        JsonNode cycle = created.json();
        long id = cycle.get("id").asLong();
        assertEquals("2030 Q1", cycle.get("name").asText());
        assertEquals("2030-01-01", cycle.get("startDate").asText());
        assertEquals("2030-03-31", cycle.get("endDate").asText());
        assertEquals("PLANNING", cycle.get("state").asText());
        assertEquals(90, cycle.get("lengthInDays").asInt());
        assertEquals(1, cycle.get("version").asInt());
        assertTrue(cycle.get("overlaps").isArray());
        String location = created.header("Location").orElseThrow();
        assertEquals(SANDBOX.uri(REST + "/cycles/" + id).toString(), location);

        Reply list = http.get(REST + "/cycles?startAt=0&maxResults=200", "member");
        assertEquals(200, list.status());
        JsonNode page = list.json();
        assertEquals(0, page.get("startAt").asInt());
        assertEquals(200, page.get("maxResults").asInt());
        assertTrue(page.get("total").asInt() >= 1);
        assertTrue(page.get("values").isArray());
        assertThat(http.cycleNames(), hasItem("2030 Q1"));

        Reply one = http.send(SandboxHttp.as(http.request(location.substring(location.indexOf(REST))).GET(), "outsider"));
        assertEquals(200, one.status());
        assertEquals(cycle, one.json());

        Reply projectPage = http.get("/projects/MKT", "member");
        assertEquals(200, projectPage.status());
        // the page offers the new cycle in its cycle picker
        assertThat(projectPage.body(), containsString("<option value=\"" + id + "\""));
        assertThat(projectPage.body(), containsString(">2030 Q1 \u00b7 "));
    }

    @Test
    public void aMissingEndDateMeansNinetyDays() {
        JsonNode cycle = http.createCycle("Ninety days", "2031-04-01", null);
        assertEquals("2031-06-29", cycle.get("endDate").asText());
    }

    @Test
    public void invalidFieldsAreNamedAndNothingIsWritten() {
        int before = http.cycleCount();

        Reply noName = http.postJson(REST + "/cycles", "admin", "{\"name\":\"  \",\"startDate\":\"2030-01-01\"}");
        assertFieldError(noName, "name");

        Reply badStart = http.postJson(REST + "/cycles", "admin", "{\"name\":\"x\",\"startDate\":\"2030-13-45\"}");
        assertFieldError(badStart, "startDate");

        Reply noStart = http.postJson(REST + "/cycles", "admin", "{\"name\":\"x\"}");
        assertFieldError(noStart, "startDate");

        Reply endBeforeStart = http.postJson(REST + "/cycles", "admin",
                "{\"name\":\"x\",\"startDate\":\"2030-03-01\",\"endDate\":\"2030-02-01\"}");
        assertFieldError(endBeforeStart, "endDate");

        Reply wrongType = http.postJson(REST + "/cycles", "admin", "{\"name\":{},\"startDate\":\"2030-01-01\"}");
        assertFieldError(wrongType, "name");

        assertEquals(before, http.cycleCount());
    }

    @Test
    public void malformedJsonIsA400InJirasShapeFromThePluginsOwnMapper() {
        int before = http.cycleCount();

        // A stray comma, and a body cut off inside a string (Jackson wraps that one with a field path).
        for (String body : new String[] {"{\"name\": ,}", "{\"name\": \"unterminated"}) {
            Reply reply = http.postJson(REST + "/cycles", "admin", body);

            assertEquals(reply.toString(), 400, reply.status());
            assertThat(reply.header("Content-Type").orElse(""), containsString("application/json"));
            JsonNode error = reply.json();
            assertEquals(body, SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.json.malformed"),
                    error.get("errorMessages").get(0).asText());
            assertTrue(error.get("errors").isObject());
            assertEquals(body, 0, error.get("errors").size());
        }
        assertEquals(before, http.cycleCount());
    }

    @Test
    public void anEmptyBodyIsA400() {
        Reply reply = http.send(SandboxHttp.as(http.request(REST + "/cycles").header("Content-Type", SandboxHttp.JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), "admin"));
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(1, reply.json().get("errorMessages").size());
    }

    @Test
    public void unknownIdsAre404() {
        Reply missing = http.get(REST + "/cycles/987654", "admin");
        assertEquals(404, missing.status());
        assertEquals(1, missing.json().get("errorMessages").size());

        assertEquals(404, http.get(REST + "/cycles/not-a-number", "admin").status());
    }

    @Test
    public void invalidPagingParametersAreNamed() {
        assertFieldError(http.get(REST + "/cycles?startAt=-1", "admin"), "startAt");
        assertFieldError(http.get(REST + "/cycles?startAt=abc", "admin"), "startAt");
        assertFieldError(http.get(REST + "/cycles?maxResults=0", "admin"), "maxResults");
        assertFieldError(http.get(REST + "/cycles?maxResults=201", "admin"), "maxResults");
        assertFieldError(http.get(REST + "/cycles?maxResults=lots", "admin"), "maxResults");
    }

    @Test
    public void pagesAreSlicedJirasWay() {
        http.createCycle("Paging A", "2032-01-01", null);
        http.createCycle("Paging B", "2032-04-01", null);
        int total = http.cycleCount();

        JsonNode page = http.get(REST + "/cycles?startAt=1&maxResults=1", "admin").json();

        assertEquals(1, page.get("startAt").asInt());
        assertEquals(1, page.get("maxResults").asInt());
        assertEquals(total, page.get("total").asInt());
        assertEquals(1, page.get("values").size());
        assertFalse(page.get("isLast").asBoolean());
    }

    @Test
    public void errorsAreInTheCallersLanguage() {
        Reply french = http.send(SandboxHttp.as(http.request(REST + "/cycles")
                .header("Content-Type", SandboxHttp.JSON).header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"startDate\":\"2030-01-01\"}")),
                "admin"));
        assertFieldError(french, "name");
        String expected = SandboxHttp.pluginText(Locale.FRENCH, "capokr.error.cycle.name.required");
        assertEquals(expected, french.json().get("errors").get("name").asText());
        assertFalse(expected.equals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.cycle.name.required")));

        Reply frenchMalformed = http.send(SandboxHttp.as(http.request(REST + "/cycles?lang=fr")
                .header("Content-Type", SandboxHttp.JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("not json")), "admin"));
        assertEquals(400, frenchMalformed.status());
        assertEquals(SandboxHttp.pluginText(Locale.FRENCH, "capokr.error.json.malformed"),
                frenchMalformed.json().get("errorMessages").get(0).asText());

        Reply english = http.send(SandboxHttp.as(http.request(REST + "/cycles/987654")
                .header("Accept-Language", "de-DE,de;q=0.9").GET(), "admin"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.cycle.notFound", "987654"),
                english.json().get("errorMessages").get(0).asText());
    }

    static void assertFieldError(Reply reply, String field) {
        assertEquals(reply.toString(), 400, reply.status());
        JsonNode errors = reply.json().get("errors");
        assertTrue("errors." + field + " expected in " + reply, errors.has(field));
        assertFalse(errors.get(field).asText().isBlank());
        assertTrue(reply.json().get("errorMessages").isArray());
    }
}
