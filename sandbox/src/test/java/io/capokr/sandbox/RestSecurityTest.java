package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;

import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/** Jira's gates in front of the plugin's REST API: authentication, the access annotations, and XSRF. */
public class RestSecurityTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String CYCLE = "{\"name\":\"Gated\",\"startDate\":\"2030-01-01\"}";

    private final SandboxHttp http = SANDBOX.http();

    @Test
    public void anonymousCallersGet401InJirasShape() {
        int before = http.cycleCount();

        assertJiraError(http.get(REST + "/cycles", null), 401);
        assertJiraError(http.get(REST + "/cycles/1", null), 401);
        assertJiraError(http.postJson(REST + "/cycles", null, CYCLE), 401);

        assertEquals(before, http.cycleCount());
    }

    @Test
    public void anUnknownUserInTheHeaderIs401() {
        assertJiraError(http.get(REST + "/cycles", "mallory"), 401);
    }

    @Test
    public void nonAdministratorsCannotCreateCycles() {
        int before = http.cycleCount();

        for (String user : new String[] {"member", "lead", "outsider"}) {
            assertJiraError(http.postJson(REST + "/cycles", user, CYCLE), 403);
        }

        assertEquals(before, http.cycleCount());
    }

    @Test
    public void formAndPlainTextPostsWithoutTheTokenFailTheXsrfCheck() {
        int before = http.cycleCount();

        assertXsrfRefused(post("application/x-www-form-urlencoded", "name=x&startDate=2030-01-01", false));
        assertXsrfRefused(post("text/plain", CYCLE, false));
        assertXsrfRefused(post("text/plain; charset=UTF-8", CYCLE, false));
        assertXsrfRefused(post("multipart/form-data; boundary=xyz", "--xyz--", false));
        assertXsrfRefused(http.send(SandboxHttp.as(http.request(REST + "/cycles")
                .POST(HttpRequest.BodyPublishers.ofString(CYCLE)), "admin")));

        assertEquals(before, http.cycleCount());
    }

    @Test
    public void theTokenLetsAFormThroughTheXsrfCheckToTheResourceWhichOnlyTakesJson() {
        Reply reply = post("application/x-www-form-urlencoded", "name=x&startDate=2030-01-01", true);
        assertEquals(reply.toString(), 415, reply.status());
    }

    @Test
    public void jsonNeedsNoToken() {
        Reply reply = post(SandboxHttp.JSON, CYCLE, false);
        assertEquals(reply.toString(), 201, reply.status());
    }

    @Test
    public void readsNeedNoToken() {
        assertEquals(200, http.get(REST + "/cycles", "outsider").status());
    }

    private Reply post(String contentType, String body, boolean token) {
        HttpRequest.Builder request = http.request(REST + "/cycles").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return http.send(SandboxHttp.as(request, "admin"));
    }

    private static void assertXsrfRefused(Reply reply) {
        assertEquals(reply.toString(), 403, reply.status());
        assertThat(reply.body(), containsString("XSRF check failed"));
    }

    private static void assertJiraError(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.json().get("errorMessages").size() > 0);
        assertTrue(reply.json().get("errors").isObject());
    }
}
