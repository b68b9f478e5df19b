package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * What JAX-RS refuses before our resources run still answers in Jira's error shape, as JSON: an unknown path, a
 * method the path does not take, a body that is not JSON. And the sandbox starts without Jersey's warnings.
 */
public class HttpErrorsRestTest {

    /** Jersey's warnings while the sandbox below starts, read by the last test. */
    private static final List<String> JERSEY_WARNINGS = new ArrayList<>();
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");
    private static final Handler RECORDER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                JERSEY_WARNINGS.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    static {
        JERSEY.addHandler(RECORDER);
    }

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    public void anUnknownPathIsA404InJirasShape() {
        SandboxHttp.Reply reply = SANDBOX.http().get(SandboxHttp.REST + "/nothing/here", "member");

        assertJiraError(reply, 404, "capokr.error.http.notFound");
    }

    @Test
    public void aMethodThePathDoesNotTakeIsA405InJirasShape() {
        SandboxHttp.Reply reply = SANDBOX.http().send(SandboxHttp.as(SANDBOX.http().request(SandboxHttp.REST + "/cycles")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check"), "admin"));

        assertJiraError(reply, 405, "capokr.error.http.method");
    }

    @Test
    public void aBodyThatIsNotJsonIsA415InJirasShape() {
        SandboxHttp.Reply reply = SANDBOX.http().send(SandboxHttp.as(SANDBOX.http().request(SandboxHttp.REST + "/cycles")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).header("Content-Type", "application/xml")
                .header("X-Atlassian-Token", "no-check"), "admin"));

        assertJiraError(reply, 415, "capokr.error.http.mediaType");
    }

    @Test
    public void jsonBeyondJacksonsLimitsIsA400InJirasShapeAndWritesNothing() {
        int cycles = SANDBOX.http().cycleCount();
        String head = "{\"name\":\"x\",\"startDate\":\"2040-01-01\",";
        List<String> bodies = List.of(
                head + "\"n\":" + "9".repeat(1_001) + "}",
                head + "\"" + "a".repeat(50_001) + "\":1}",
                head + "\"n\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}",
                "9".repeat(1_001),
                "[".repeat(1_001) + "]".repeat(1_001),
                "{".repeat(1_001).replace("{", "{\"a\":") + "1" + "}".repeat(1_001),
                "{\"name\":" + "9".repeat(1_001) + ",\"startDate\":\"2040-01-01\"}");
        for (String body : bodies) {
            SandboxHttp.Reply reply = SANDBOX.http().postJson(SandboxHttp.REST + "/cycles", "admin", body);

            assertEquals(body.substring(0, 60), 400, reply.status());
            assertThat(reply.header("Content-Type").orElse(""), containsString("application/json"));
            assertTrue(reply.toString(), reply.json().get("errors").isObject());
            assertTrue(reply.toString(), reply.json().get("errorMessages").size() + reply.json().get("errors").size() > 0);
        }
        assertEquals(cycles, SANDBOX.http().cycleCount());
    }

    @Test
    public void refusalsBeforeJerseyAreInJirasShapeToo() {
        RawHttp raw = new RawHttp(SANDBOX.sandbox().port());
        String rest = SandboxHttp.REST;
        List<String> targets = List.of(rest + "/objectives/%", rest + "//objectives/2", rest + "/objectives/%2F2",
                rest + "/objectives/%5C2", rest + "/objectives/%2e%2e/cycles", rest + "/objectives/%00",
                rest + "/objectives/%C0%AF", rest + "/objectives/..;/cycles", rest + "/objectives/%25",
                rest + "/objectives/2%", rest + "/%%", rest + "/objectives/%u0032");
        for (String target : targets) {
            assertPlainJiraError(target, raw.send("GET", target, "admin", null, null));
        }
        byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String contentType : List.of("", ";;;", "application/json; charset=nope", "text/plain", "/", "a/b/c",
                "application/json;;", "application/json; charset=\"")) {
            RawHttp.Answer answer = raw.send("POST", rest + "/cycles", "admin", contentType, body);
            if (answer.status() != 400 || !answer.json().get("errors").has("name")) {
                // anything but reading the body as JSON (and finding no name) must be a refusal in Jira's shape
                assertPlainJiraError("Content-Type: " + contentType, answer);
            }
        }
        assertPlainJiraError("PATCH", raw.send("PATCH", rest + "/cycles", "admin", "application/json", body));
        assertPlainJiraError("no body type", raw.send("POST", rest + "/cycles", "admin", null, body));
    }

    @Test
    public void anIdHasOneSpellingOnlyAnythingElseIsTheUnknownIds404() {
        RawHttp raw = new RawHttp(SANDBOX.sandbox().port());
        String objectives = SandboxHttp.REST + "/objectives/";
        assertEquals(200, raw.send("GET", objectives + "2", "admin", null, null).status());
        RawHttp.Answer unknown = raw.send("GET", objectives + "abc", "admin", null, null);
        assertEquals(unknown.toString(), 404, unknown.status());

        for (String spelling : List.of("%2B2", "+2", "%D9%A2", "%EF%BC%92", "02", "2%20", "%202", "2.0", "%E0%A5%A8",
                "-0", "0x2")) {
            for (String suffix : List.of("", "/history", "/keyresults")) {
                RawHttp.Answer answer = raw.send("GET", objectives + spelling + suffix, "admin", null, null);

                assertEquals(spelling + suffix + ": " + answer, 404, answer.status());
                assertThat(answer.contentType(), containsString("application/json"));
                assertEquals(answer.toString(), 1, answer.json().get("errorMessages").size());
                assertEquals(answer.toString(), 0, answer.json().get("errors").size());
            }
            RawHttp.Answer delete = raw.send("DELETE", objectives + spelling, "admin", null, null);
            assertEquals(spelling + " DELETE: " + delete, 404, delete.status());
        }
        assertEquals(200, raw.send("GET", objectives + "2", "admin", null, null).status());

        RawHttp.Answer query = raw.send("GET", SandboxHttp.REST + "/projects/MKT/okrs?cycleId=%2B1", "admin", null, null);
        assertEquals(query.toString(), 400, query.status());
        assertTrue(query.toString(), query.json().get("errors").has("cycleId"));
    }

    @Test
    public void aLoneHalfOfASurrogatePairIsA400NamingTheFieldOverHttp() {
        long cycleId = SANDBOX.http().createCycle("Surrogates", "2041-01-01", "2041-03-31").get("id").asLong();
        String objectives = SandboxHttp.REST + "/objectives";
        String escaped = "\"Grow \\uD83D now\"";
        SandboxHttp.Reply title = SANDBOX.http().postJson(objectives, "lead",
                "{\"cycleId\":" + cycleId + ",\"projectKey\":\"MKT\",\"title\":" + escaped + "}");
        SandboxHttp.Reply description = SANDBOX.http().postJson(objectives, "lead",
                "{\"cycleId\":" + cycleId + ",\"projectKey\":\"MKT\",\"title\":\"Grow\",\"description\":" + escaped + "}");

        assertEquals(title.toString(), 400, title.status());
        assertEquals(title.toString(), List.of("title"), fieldNames(title));
        assertEquals(description.toString(), 400, description.status());
        assertEquals(description.toString(), List.of("description"), fieldNames(description));

        SandboxHttp.Reply whole = SANDBOX.http().postJson(objectives, "lead", "{\"cycleId\":" + cycleId
                + ",\"projectKey\":\"MKT\",\"title\":\"\\uD83D\\uDE80\",\"description\":\"\\uD83D\\uDE80\"}");
        assertEquals(whole.toString(), 201, whole.status());
        assertEquals("\uD83D\uDE80", whole.json().get("description").asText());
        assertEquals(1, SANDBOX.http().get(SandboxHttp.REST + "/projects/MKT/okrs?cycleId=" + cycleId, "lead").json()
                .get("objectives").size());
    }

    private static List<String> fieldNames(SandboxHttp.Reply reply) {
        List<String> names = new ArrayList<>();
        reply.json().get("errors").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void theSandboxStartsWithoutJerseyWarnings() {
        assertEquals(List.of(), JERSEY_WARNINGS);
    }

    /** A refusal with no field to name: a 4xx, JSON, one message or more, no field errors. */
    private static void assertPlainJiraError(String what, RawHttp.Answer answer) {
        assertTrue(what + ": " + answer, answer.status() >= 400 && answer.status() < 500);
        assertThat(what + ": " + answer, answer.contentType(), containsString("application/json"));
        assertTrue(what + ": " + answer, answer.json().get("errorMessages").size() >= 1);
        assertTrue(what + ": " + answer, answer.json().get("errorMessages").get(0).isTextual());
        assertEquals(what + ": " + answer, 0, answer.json().get("errors").size());
    }

    private static void assertJiraError(SandboxHttp.Reply reply, int status, String key) {
        assertEquals(reply.toString(), status, reply.status());
        assertThat(reply.header("Content-Type").orElse(""), containsString("application/json"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, key), reply.json().get("errorMessages").get(0).asText());
        assertTrue(reply.json().get("errors").isObject());
    }
}
