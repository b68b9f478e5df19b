package io.capokr.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real HTTP against a running sandbox with java.net.http: requests as a user (the {@code X-Sandbox-User}
 * header) or anonymous, and small helpers for the plugin's REST API. Redirects are not followed, so tests
 * see them. A {@link #withCookies()} copy keeps cookies, like a browser session.
 */
public final class SandboxHttp {

    public static final String REST = "/rest/capokr/1.0";
    /** The sandbox's own API (sample issues), not the plugin's. */
    public static final String SANDBOX_REST = "/rest/sandbox/1.0";
    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final HttpClient client;

    public SandboxHttp(URI base) {
        this(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private SandboxHttp(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public SandboxHttp withCookies() {
        return new SandboxHttp(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build());
    }

    /** An HTTP answer; the body as text, and as JSON on demand. */
    public record Reply(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            try {
                return MAPPER.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + response.body(), e);
            }
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + response.body();
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path));
    }

    /** Adds the user header unless {@code user} is null (anonymous). */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String user) {
        return user == null ? request : request.header("X-Sandbox-User", user);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String user) {
        return send(as(request(path).GET(), user));
    }

    public Reply postJson(String path, String user, String json) {
        return send(as(request(path).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json)), user));
    }

    public Reply putJson(String path, String user, String json) {
        return send(as(request(path).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(json)), user));
    }

    public Reply delete(String path, String user) {
        return send(as(request(path).DELETE(), user));
    }

    /** Moves a sample issue through the sandbox's own issue API, as admin; fails the test if it is refused. */
    public JsonNode moveIssue(String key, String status) {
        Reply reply = putJson(SANDBOX_REST + "/issues/" + key + "/status", "admin",
                MAPPER.createObjectNode().put("status", status).toString());
        if (reply.status() != 200) {
            throw new AssertionError("Issue " + key + " not moved: " + reply);
        }
        return reply.json();
    }

    /** Creates a cycle as admin and returns its JSON; fails the test if it is refused. */
    public JsonNode createCycle(String name, String startDate, String endDate) {
        String body = MAPPER.createObjectNode().put("name", name).put("startDate", startDate).put("endDate", endDate)
                .toString();
        Reply reply = postJson(REST + "/cycles", "admin", body);
        if (reply.status() != 201) {
            throw new AssertionError("Cycle not created: " + reply);
        }
        return reply.json();
    }

    /** A key result's progress on MKT's read model of that cycle, as its lead reads it. */
    public double mktProgress(long cycleId, long keyResultId) {
        JsonNode okrs = get(REST + "/projects/MKT/okrs?cycleId=" + cycleId, "lead").json();
        for (JsonNode objective : okrs.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                if (row.get("keyResult").get("id").asLong() == keyResultId) {
                    return row.get("progress").asDouble();
                }
            }
        }
        throw new AssertionError("no key result " + keyResultId + " in " + okrs);
    }

    /** How many cycles the API reports, as admin. */
    public int cycleCount() {
        Reply reply = get(REST + "/cycles?maxResults=1", "admin");
        if (reply.status() != 200) {
            throw new AssertionError("Cannot count cycles: " + reply);
        }
        return reply.json().get("total").asInt();
    }

    public List<String> cycleNames() {
        Reply reply = get(REST + "/cycles?maxResults=200", "admin");
        return java.util.stream.StreamSupport.stream(reply.json().get("values").spliterator(), false)
                .map(cycle -> cycle.get("name").asText())
                .toList();
    }

    /**
     * Fails unless the reply is an error of this status in Jira's shape: JSON {@code {"errorMessages":[...],
     * "errors":{...}}} with at least one message, general or against a field.
     */
    public static void assertJiraError(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", was " + reply);
        }
        JsonNode body = reply.json();
        if (body == null || !body.path("errorMessages").isArray() || !body.path("errors").isObject()
                || body.get("errorMessages").size() + body.get("errors").size() == 0) {
            throw new AssertionError("not an error in Jira's shape: " + reply);
        }
    }

    /** A text of the plugin's own bundle, formatted as Jira would, so tests do not repeat its wording. */
    public static String pluginText(Locale locale, String key, Object... arguments) {
        return text("i18n.capokr", locale, key, arguments);
    }

    /** A text of the sandbox's own pages and API (its bundle, {@code sandbox-i18n/sandbox.properties}). */
    public static String sandboxText(Locale locale, String key, Object... arguments) {
        return text(Sandbox.SANDBOX_BUNDLE, locale, key, arguments);
    }

    private static String text(String bundleName, Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new java.text.MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
