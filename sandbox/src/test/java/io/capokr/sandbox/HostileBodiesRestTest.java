package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Hostile bodies: for every endpoint of the plugin's REST API that reads a body (found by reflection over the
 * resource classes the plugin's {@code <rest>} module names, so a new endpoint is covered the day it appears),
 * generated bodies of every kind an attacker or a broken client sends: wrong types, nulls, huge numbers and
 * strings, deep nesting, duplicate keys, invalid UTF-8, half surrogate pairs, wrong content types, arrays for
 * objects, cut-off and garbage text. Each answer must be below 500 and, when a refusal, in Jira's error shape;
 * a refusal must have written nothing: the app's tables are dumped before and after every refused request (an
 * accepted one moves the baseline).
 *
 * <p>Seeded, so a failure reproduces: {@code -Dcapokr.hostile.seed=N} (default {@value #DEFAULT_SEED}) and
 * {@code -Dcapokr.hostile.count=N} bodies per endpoint (default {@value #DEFAULT_COUNT}); a failure names the seed,
 * the endpoint, the body's number and kind.
 */
public class HostileBodiesRestTest {

    static final long DEFAULT_SEED = 20_411L;
    static final int DEFAULT_COUNT = 500;

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String USER = "admin";

    /** One endpoint that reads a body: its method, its path template, and the Java type of its body. */
    record Endpoint(String method, String template, Type bodyType) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Ids of real objects the paths and bodies point at, so that bodies reach past the 404 into the checks. */
    private record Targets(long cycleId, long objectiveId, long keyResultId, long meetingItemId) {
    }

    private enum Kind {
        WRONG_TYPE, NULLS, HUGE_NUMBER, HUGE_STRING, DEEP_NESTING, DUPLICATE_KEYS, INVALID_UTF8, LONE_SURROGATE,
        WRONG_CONTENT_TYPE, ARRAY_FOR_OBJECT, BROKEN_TEXT, UNKNOWN_FIELDS
    }

    private record Body(Kind kind, String contentType, byte[] bytes) {
        String preview() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return kind + " [" + contentType + "] " + bytes.length + " bytes: "
                    + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
        }
    }

    @Test
    public void noHostileBodyGetsA5xxEveryRefusalIsInJirasShapeAndWritesNothing() throws Exception {
        long seed = Long.getLong("capokr.hostile.seed", DEFAULT_SEED);
        int count = Integer.getInteger("capokr.hostile.count", DEFAULT_COUNT);
        List<Endpoint> endpoints = endpoints();
        assertTrue("reflection found too few endpoints: " + endpoints, endpoints.size() >= 15);
        Targets targets = targets();
        RawHttp raw = new RawHttp(SANDBOX.sandbox().port());
        Random random = new Random(seed);

        Map<String, List<String>> baseline = dump();
        int refused = 0;
        int accepted = 0;
        long started = System.nanoTime();
        long requestNanos = 0;
        for (Endpoint endpoint : endpoints) {
            String path = SandboxHttp.REST + concrete(endpoint.template(), targets);
            ObjectNode template = template(endpoint.bodyType(), targets);
            for (int i = 0; i < count; i++) {
                Body body = generate(random, endpoint, template);
                String where = "seed " + seed + ", " + endpoint + " body #" + i + " (" + body.preview() + ")";
                long sending = System.nanoTime();
                RawHttp.Answer answer = raw.send(endpoint.method(), path, USER, body.contentType(), body.bytes());
                requestNanos += System.nanoTime() - sending;
                assertTrue(where + " answered " + answer, answer.status() < 500);
                if (answer.status() >= 400) {
                    refused++;
                    assertJiraShape(where, answer);
                    Map<String, List<String>> after = dump();
                    if (!after.equals(baseline)) {
                        fail(where + " was refused with " + answer + " but wrote: " + difference(baseline, after));
                    }
                } else {
                    accepted++;
                    baseline = dump();
                }
            }
        }
        System.out.printf("Hostile bodies: seed %d, %d endpoints x %d bodies: %d refused, %d accepted, %.1f s"
                        + " (%.1f s in requests, the rest in table dumps)%n", seed, endpoints.size(), count, refused,
                accepted, (System.nanoTime() - started) / 1e9, requestNanos / 1e9);
    }

    // ------------------------------------------------------------------ endpoints, by reflection

    /** Every POST, PUT and DELETE method of the plugin's resources that takes a body (an unannotated parameter). */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (PluginEndpoints.Endpoint endpoint : PluginEndpoints.all()) {
            Type bodyType = bodyType(endpoint.method());
            if (!endpoint.verb().equals("GET") && bodyType != null) {
                endpoints.add(new Endpoint(endpoint.verb(), endpoint.path(), bodyType));
            }
        }
        endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
        return endpoints;
    }

    private static Type bodyType(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (!parameter.isAnnotationPresent(PathParam.class) && !parameter.isAnnotationPresent(QueryParam.class)
                    && !parameter.isAnnotationPresent(Context.class) && !parameter.isAnnotationPresent(HeaderParam.class)
                    && !parameter.isAnnotationPresent(FormParam.class) && !parameter.isAnnotationPresent(CookieParam.class)) {
                return parameter.getParameterizedType();
            }
        }
        return null;
    }


    /** The template with real objects in place of its parameters; a parameter not known here fails the suite. */
    private static String concrete(String template, Targets targets) {
        String path = template
                .replace("/cycles/{id}", "/cycles/" + targets.cycleId())
                .replace("/objectives/{id}", "/objectives/" + targets.objectiveId())
                .replace("/keyresults/{id}", "/keyresults/" + targets.keyResultId())
                .replace("/meeting-items/{id}", "/meeting-items/" + targets.meetingItemId())
                .replace("{projectKey}", "MKT")
                .replace("{issueKey}", "MKT-1")
                .replace("{kind}", "MID_CYCLE");
        if (path.contains("{")) {
            throw new AssertionError("No value for a path parameter of " + template
                    + ": add one in HostileBodiesRestTest.concrete");
        }
        return path;
    }

    private static Targets targets() {
        SandboxHttp http = SANDBOX.http();
        JsonNode okrs = http.get(SandboxHttp.REST + "/projects/MKT/okrs", "lead").json();
        long cycleId = okrs.get("cycle").get("id").asLong();
        JsonNode objective = okrs.get("objectives").get(0);
        long objectiveId = objective.get("objective").get("id").asLong();
        long keyResultId = objective.get("keyResults").get(0).get("keyResult").get("id").asLong();
        java.time.LocalDate today = java.time.LocalDate.now();
        String week = String.format("%d-W%02d", today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        SandboxHttp.Reply item = http.postJson(SandboxHttp.REST + "/projects/MKT/meeting-items", "lead",
                "{\"cycleId\":" + cycleId + ",\"week\":\"" + week + "\",\"kind\":\"DECISION\",\"title\":\"Hostile target\"}");
        assertEquals(item.toString(), 201, item.status());
        return new Targets(cycleId, objectiveId, keyResultId, item.json().get("id").asLong());
    }

    // ------------------------------------------------------------------ bodies

    /** A plausible body for {@code type}: each property of the request record with a value of its own type. */
    private static ObjectNode template(Type type, Targets targets) {
        Class<?> raw = rawClass(type);
        ObjectNode node = NODES.objectNode();
        if (!raw.isRecord()) {
            return node;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            JsonProperty property = component.getAnnotation(JsonProperty.class);
            String name = property == null ? component.getName() : property.value();
            node.set(name, value(name, component.getGenericType(), targets));
        }
        return node;
    }

    private static JsonNode value(String name, Type type, Targets targets) {
        Class<?> raw = rawClass(type);
        if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return NODES.arrayNode().add(value(name, element, targets));
        }
        if (raw.isRecord()) {
            return template(raw, targets);
        }
        if (raw == Long.class || raw == long.class) {
            return NODES.numberNode(name.toLowerCase().contains("cycle") ? targets.cycleId()
                    : name.toLowerCase().contains("keyresult") ? targets.keyResultId() : targets.objectiveId());
        }
        if (raw == Integer.class || raw == int.class) {
            return NODES.numberNode(name.equals("version") ? 1 : 30);
        }
        if (raw == Double.class || raw == double.class) {
            return NODES.numberNode(0.5);
        }
        if (raw == Boolean.class || raw == boolean.class || raw == JsonNode.class) {
            return NODES.booleanNode(true);
        }
        return NODES.textNode(switch (name) {
            case "startDate", "endDate", "dueDate" -> "2045-01-01";
            case "projectKey" -> "MKT";
            case "ownerKey" -> "lead";
            case "issueKeys" -> "MKT-1";
            case "measure" -> "METRIC";
            case "confidence" -> "ON_TRACK";
            case "kind" -> "DECISION";
            case "type" -> "COMMITTED";
            case "weekStartsOn" -> "MONDAY";
            default -> "Hostile text";
        });
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Body generate(Random random, Endpoint endpoint, ObjectNode template) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        ObjectNode body = template.deepCopy();
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
        String json = "application/json";
        switch (kind) {
            case WRONG_TYPE -> body.set(field, wrongValue(random, template.get(field)));
            case NULLS -> {
                int how = random.nextInt(3);
                if (how == 0) {
                    return text(kind, json, "null");
                }
                for (String name : fields) {
                    if (how == 1 || name.equals(field)) {
                        body.putNull(name);
                    }
                }
            }
            case HUGE_NUMBER -> {
                return text(kind, json, replaceValue(body, field, hugeNumber(random)));
            }
            case HUGE_STRING -> body.put(field, hugeString(random));
            case DEEP_NESTING -> {
                int depth = 1_001 + random.nextInt(2_000);
                String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                return text(kind, json, random.nextBoolean() ? nested : replaceValue(body, field, nested));
            }
            case DUPLICATE_KEYS -> {
                String text = body.toString();
                String extra = "\"" + field + "\":" + wrongValue(random, template.get(field)) + ",";
                return text(kind, json, "{" + extra + text.substring(1));
            }
            case INVALID_UTF8 -> {
                return invalidUtf8(random, body, field);
            }
            case LONE_SURROGATE -> {
                String[] halves = {"\\uD800", "\\uDFFF", "\\uDE80\\uD83D", "x\\uD83D"};
                return text(kind, json, replaceValue(body, field, "\"Ship " + halves[random.nextInt(halves.length)] + "\""));
            }
            case WRONG_CONTENT_TYPE -> {
                String[] types = {"text/plain", "application/xml", "", null, "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/json;;",
                        "*/*", ";;;", "application/json; charset=\"", "application/javascript", "json"};
                return new Body(kind, types[random.nextInt(types.length)], body.toString().getBytes(StandardCharsets.UTF_8));
            }
            case ARRAY_FOR_OBJECT -> {
                if (random.nextBoolean()) {
                    ArrayNode array = NODES.arrayNode().add(body);
                    return text(kind, json, array.toString());
                }
                body.set(field, NODES.arrayNode().add(NODES.arrayNode().add(template.get(field) == null
                        ? NODES.nullNode() : template.get(field))));
            }
            case BROKEN_TEXT -> {
                String text = body.toString();
                String[] broken = {text.substring(0, random.nextInt(text.length())), "", "{", "}", "\uFEFF" + text,
                        text + "}", "{'a':1}", "NaN", "{\"" + field + "\":NaN}", "{\"" + field + "\":-Infinity}",
                        "/* c */" + text, text.replace(":", "="), "\u0000"};
                return text(kind, json, broken[random.nextInt(broken.length)]);
            }
            case UNKNOWN_FIELDS -> body.set("unexpected" + random.nextInt(5), wrongValue(random, null));
        }
        return text(kind, json, body.toString());
    }

    private static Body text(Kind kind, String contentType, String text) {
        return new Body(kind, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The body's text with {@code field}'s value replaced by raw JSON text (which may be beyond any limit). */
    private static String replaceValue(ObjectNode body, String field, String rawValue) {
        ObjectNode copy = body.deepCopy();
        copy.put(field, "\u0001PLACEHOLDER\u0001");
        return copy.toString().replace("\"\\u0001PLACEHOLDER\\u0001\"", rawValue);
    }

    private static JsonNode wrongValue(Random random, JsonNode current) {
        List<JsonNode> choices = new ArrayList<>(List.of(NODES.textNode("7"), NODES.numberNode(7),
                NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(2.5), NODES.booleanNode(false),
                NODES.objectNode().put("a", 1), NODES.arrayNode().add(1).add("b"), NODES.textNode(""),
                NODES.textNode("   "), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                NODES.textNode("<script>alert(1)</script>"), NODES.textNode("2045-13-45"), NODES.textNode("\u0000")));
        if (current != null) {
            choices.removeIf(choice -> choice.getNodeType() == current.getNodeType());
        }
        return choices.get(random.nextInt(choices.size()));
    }

    private static String hugeNumber(Random random) {
        String[] numbers = {"9".repeat(1_001 + random.nextInt(5_000)), "1e400", "-1e400", "1e-400",
                "9223372036854775808", "-9223372036854775809", "1.7976931348623157E309", "4.9e-325",
                "0." + "0".repeat(900) + "1", "1" + "0".repeat(999), "-0", "2147483648", "1E+2147483647",
                "12345678901234567890.5"};
        return numbers[random.nextInt(numbers.length)];
    }

    private static String hugeString(Random random) {
        // Mostly past every column's width; now and then past a megabyte (kept rare: those cost the run's time).
        int length = random.nextInt(100) == 0 ? 1_000_000 + random.nextInt(200_000) : 256 + random.nextInt(12_000);
        String[] alphabet = {"a", "é", "\uD83D\uDE80", " ", "\n", "<", "\"", "\\", "\u200B", "\u0007"};
        String unit = alphabet[random.nextInt(alphabet.length)];
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static Body invalidUtf8(Random random, ObjectNode body, String field) {
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        String text = replaceValue(body, field, "\"ab\u0001cd\"");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(utf8, (byte) 0x01);
        byte[] insert = bad[random.nextInt(bad.length)];
        byte[] bytes = new byte[utf8.length - 1 + insert.length];
        System.arraycopy(utf8, 0, bytes, 0, at);
        System.arraycopy(insert, 0, bytes, at, insert.length);
        System.arraycopy(utf8, at + 1, bytes, at + insert.length, utf8.length - at - 1);
        return new Body(Kind.INVALID_UTF8, "application/json", bytes);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalStateException("marker not found");
    }

    // ------------------------------------------------------------------ checks

    private static void assertJiraShape(String where, RawHttp.Answer answer) {
        assertTrue(where + ": not JSON: " + answer, answer.contentType().startsWith("application/json"));
        JsonNode body = answer.json();
        assertTrue(where + ": " + answer, body.isObject() && body.size() == 2);
        JsonNode messages = body.get("errorMessages");
        JsonNode errors = body.get("errors");
        assertTrue(where + ": " + answer, messages != null && messages.isArray() && errors != null && errors.isObject());
        messages.forEach(message -> assertTrue(where + ": " + answer, message.isTextual()));
        errors.forEach(message -> assertTrue(where + ": " + answer, message.isTextual()));
        assertTrue(where + ": a refusal that says nothing: " + answer, messages.size() + errors.size() > 0);
    }

    /** Every row of every table of the app (AO's {@code AO_} tables), sorted, as text. */
    private static Map<String, List<String>> dump() throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = SANDBOX.sandbox().database().entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, null, "AO_%", new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String name : names) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                        ResultSetMetaData columns = result.getMetaData();
                        while (result.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int c = 1; c <= columns.getColumnCount(); c++) {
                                row.append(columns.getColumnName(c)).append('=').append(result.getString(c)).append(';');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(String::compareTo);
                    tables.put(name, rows);
                }
            }
        }
        assertTrue("no AO_ tables found", !tables.isEmpty());
        return tables;
    }

    private static String difference(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String table : after.keySet()) {
            List<String> added = new ArrayList<>(after.get(table));
            added.removeAll(before.getOrDefault(table, List.of()));
            List<String> removed = new ArrayList<>(before.getOrDefault(table, List.of()));
            removed.removeAll(after.get(table));
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.put(table, "added " + added + ", removed " + removed);
            }
        }
        return changes.toString();
    }
}
