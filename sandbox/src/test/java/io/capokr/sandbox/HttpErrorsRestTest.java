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
    public void theSandboxStartsWithoutJerseyWarnings() {
        assertEquals(List.of(), JERSEY_WARNINGS);
    }

    private static void assertJiraError(SandboxHttp.Reply reply, int status, String key) {
        assertEquals(reply.toString(), status, reply.status());
        assertThat(reply.header("Content-Type").orElse(""), containsString("application/json"));
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, key), reply.json().get("errorMessages").get(0).asText());
        assertTrue(reply.json().get("errors").isObject());
    }
}
