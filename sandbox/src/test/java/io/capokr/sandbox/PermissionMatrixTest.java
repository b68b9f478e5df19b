package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.sandbox.SandboxHttp.Reply;
import jakarta.ws.rs.GET;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The suite "Permission matrix": every endpoint of the REST API, as each sample user, on a company object, one of
 * MKT and one of SALES, read from one table, {@code permission-matrix.tsv} (method, path template, object, user,
 * expected status, optional body template). Each answer must have the expected status and, when it is an error,
 * Jira's error shape; each 404 must read exactly as the same request about objects that never existed (same status,
 * same message once the ids and keys in it are set aside), so that nobody can probe for other projects' objects.
 * The table must name every resource method of the plugin's REST packages, found by reflection: a new endpoint fails
 * this suite until it has rows.
 * <p>
 * Placeholders: {@code {cycle}} a cycle in planning; {@code {kind}} the mid-cycle review; {@code {objective}}, {@code {keyResult}}, {@code {checkIn}},
 * {@code {meetingItem}}, {@code {project}}, {@code {issue}}, {@code {projectKeyJson}} those of the row's object;
 * {@code {new...}} a new one made for the row by the administrator (what a delete or an edit may consume), so rows
 * never depend on each other. Successful writes go to new objects or add to the fixture; an authorised caller of a
 * write that the rules refuse for another reason (a review or grading window not open yet, an order that names
 * nothing) gets that other refusal, which the table records: it still shows the permission check let them by.
 */
public class PermissionMatrixTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String TABLE = "/permission-matrix.tsv";
    private static final List<String> USERS = List.of("anonymous", "outsider", "member", "lead", "admin");
    private static final Set<String> OBJECTS = Set.of("company", "MKT", "SALES", "site");
    private static final String NEVER_ID = "999999";
    private static final String NEVER_KEY = "NOPE";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** The sandbox starts before the class's first test, after its static fields are set. */
    private static SandboxHttp http() {
        return SANDBOX.http();
    }
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Map<String, Map<String, Supplier<String>>> FIXTURE = new HashMap<>();
    private static long cycle;

    /** One row of the table. */
    record Row(int line, String method, String path, String object, String user, int status, String body) {

        String endpoint() {
            return method + " " + template(path);
        }
    }

    @BeforeClass
    public static void fixture() {
        cycle = http().createCycle("Permission matrix", "2042-01-01", "2042-03-31").get("id").asLong();
        FIXTURE.put("site", scope(null));
        FIXTURE.put("company", scope(null));
        FIXTURE.put("MKT", scope("MKT"));
        FIXTURE.put("SALES", scope("SALES"));
    }

    @Test
    public void everyEndpointAnswersEachUserOnEachObjectAsTheTableSays() {
        List<String> failures = new ArrayList<>();
        for (Row row : rows()) {
            Map<String, String> used = new LinkedHashMap<>();
            Reply reply = send(row, resolver(row.object(), used));
            String where = "line " + row.line() + ": " + row.method() + " " + row.path() + " " + row.object() + " as "
                    + row.user() + " -> ";
            if (reply.status() != row.status()) {
                failures.add(where + reply);
                continue;
            }
            if (reply.status() >= 400) {
                try {
                    SandboxHttp.assertJiraError(reply, row.status());
                } catch (AssertionError notJira) {
                    failures.add(where + notJira.getMessage());
                    continue;
                }
            }
            if (reply.status() == 404 && !row.user().equals("anonymous")) {
                Reply unknown = send(row, never(used));
                if (unknown.status() != 404 || !shape(reply, used).equals(shape(unknown, Map.of()))) {
                    failures.add(where + "hidden " + reply + " but unknown " + unknown);
                }
            }
        }
        assertEquals(String.join("\n", failures), 0, failures.size());
    }

    @Test
    public void theTableNamesEveryResourceMethodAndNothingElse() throws Exception {
        Set<String> declared = declaredEndpoints();
        Set<String> tabled = new TreeSet<>();
        rows().forEach(row -> tabled.add(row.endpoint()));

        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(tabled);
        Set<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(declared);
        assertEquals("endpoints without rows in " + TABLE, Set.of(), missing);
        assertEquals("rows for no endpoint", Set.of(), unknown);
    }

    @Test
    public void eachEndpointHasARowForEveryUserOnEachOfItsObjects() {
        Map<String, Set<String>> objectsOf = new HashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        for (Row row : rows()) {
            objectsOf.computeIfAbsent(row.endpoint(), e -> new TreeSet<>()).add(row.object());
            seen.computeIfAbsent(row.endpoint(), e -> new TreeSet<>()).add(row.object() + "/" + row.user());
        }
        List<String> gaps = new ArrayList<>();
        objectsOf.forEach((endpoint, objects) -> {
            for (String object : objects) {
                for (String user : USERS) {
                    if (!seen.get(endpoint).contains(object + "/" + user)) {
                        gaps.add(endpoint + " " + object + " as " + user);
                    }
                }
            }
        });
        assertEquals(List.of(), gaps);
    }

    /** "GET /keyresults/{}/checkins/{}" for each resource method of the REST packages the plugin descriptor names. */
    private static Set<String> declaredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        PluginEndpoints.all().forEach(endpoint -> endpoints.add(endpoint.verb() + " " + template(endpoint.path())));
        return endpoints;
    }

    /** A path without its query, each template variable written {}. */
    static String template(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]*}", "{}");
    }

    private static List<Row> rows() {
        try (InputStream in = PermissionMatrixTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new AssertionError(TABLE + " is missing");
            }
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 5 || !USERS.contains(cells[3]) || !OBJECTS.contains(cells[2])) {
                    throw new AssertionError(TABLE + " line " + (i + 1) + " is not method, path, object, user, status[, body]: "
                            + line);
                }
                rows.add(new Row(i + 1, cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4]),
                        cells.length > 5 ? cells[5] : null));
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Reply send(Row row, java.util.function.UnaryOperator<String> resolve) {
        String user = row.user().equals("anonymous") ? null : row.user();
        HttpRequest.BodyPublisher body = row.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(fill(row.body(), resolve));
        HttpRequest.Builder request = http().request(REST + fill(row.path(), resolve)).method(row.method(), body);
        if (row.body() != null) {
            request.header("Content-Type", SandboxHttp.JSON);
        }
        return http().send(SandboxHttp.as(request, user));
    }

    private static String fill(String template, java.util.function.UnaryOperator<String> resolve) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(resolve.apply(matcher.group(1))));
        }
        return matcher.appendTail(filled).toString();
    }

    /** The row object's values, each remembered in {@code used} so that the 404 check can swap them for unknown ones. */
    private static java.util.function.UnaryOperator<String> resolver(String object, Map<String, String> used) {
        return name -> {
            Supplier<String> value = FIXTURE.get(object).get(name);
            if (value == null) {
                throw new AssertionError("no {" + name + "} for a " + object + " object");
            }
            return used.computeIfAbsent(name, n -> value.get());
        };
    }

    /** The same request about objects that never existed: every id but the cycle's unknown, every project key too. */
    private static java.util.function.UnaryOperator<String> never(Map<String, String> used) {
        return name -> switch (name) {
            case "cycle", "newCycle", "projectKeyJson", "kind" -> used.get(name);
            case "project" -> NEVER_KEY;
            case "issue" -> NEVER_KEY + "-1";
            default -> NEVER_ID;
        };
    }

    /** What an error says, with the ids and keys it names set aside: two 404s must not differ in anything else. */
    private static String shape(Reply reply, Map<String, String> used) {
        String text = reply.json().toString();
        for (String value : used.values()) {
            if (value != null && !value.isEmpty() && !value.equals("null")) {
                text = text.replace(value, "<x>");
            }
        }
        return text.replace(NEVER_KEY + "-1", "<x>").replace(NEVER_KEY, "<x>").replace(NEVER_ID, "<x>");
    }

    /** The placeholders of one object: its fixture, made once by the administrator, and new ones made on demand. */
    private static Map<String, Supplier<String>> scope(String projectKey) {
        Map<String, Supplier<String>> values = new HashMap<>();
        values.put("cycle", () -> String.valueOf(cycle));
        values.put("kind", () -> "MID_CYCLE");
        values.put("newCycle", () -> http().createCycle("Matrix " + SERIAL.incrementAndGet(), "2043-01-01", "2043-03-31")
                .get("id").asText());
        values.put("projectKeyJson", () -> projectKey == null ? "null" : "\"" + projectKey + "\"");
        values.put("issue", () -> projectKey == null ? "MKT-1" : projectKey + "-1");
        String objective = objective(projectKey);
        String keyResult = keyResult(objective);
        String checkIn = created(http().postJson(REST + "/keyresults/" + keyResult + "/checkins", "admin",
                "{\"value\":1,\"confidence\":\"ON_TRACK\"}"));
        values.put("objective", () -> objective);
        values.put("keyResult", () -> keyResult);
        values.put("checkIn", () -> checkIn);
        values.put("newObjective", () -> objective(projectKey));
        values.put("newKeyResult", () -> keyResult(objective));
        if (projectKey != null) {
            values.put("project", () -> projectKey);
            String item = meetingItem(projectKey);
            values.put("meetingItem", () -> item);
            values.put("newMeetingItem", () -> meetingItem(projectKey));
        }
        return values;
    }

    private static String objective(String projectKey) {
        return created(http().postJson(REST + "/objectives", "admin", JSON.createObjectNode().put("cycleId", cycle)
                .put("projectKey", projectKey).put("title", "Matrix " + SERIAL.incrementAndGet()).toString()));
    }

    private static String keyResult(String objective) {
        return created(http().postJson(REST + "/objectives/" + objective + "/keyresults", "admin",
                "{\"title\":\"Matrix " + SERIAL.incrementAndGet() + "\",\"measure\":\"METRIC\",\"start\":0,\"target\":10}"));
    }

    private static String meetingItem(String projectKey) {
        return created(http().postJson(REST + "/projects/" + projectKey + "/meeting-items", "admin",
                "{\"cycleId\":" + cycle + ",\"week\":\"2042-W02\",\"kind\":\"DECISION\",\"title\":\"Matrix "
                        + SERIAL.incrementAndGet() + "\"}"));
    }

    private static String created(Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("fixture not created: " + reply);
        }
        return reply.json().get("id").asText();
    }
}
