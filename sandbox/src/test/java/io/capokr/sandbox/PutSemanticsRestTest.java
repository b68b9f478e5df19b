package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Every PUT of the REST API, as Jira's own REST reads a PUT: a field the body does not mention keeps its value, an
 * explicit {@code null} clears a clearable field (to what omitting it means on create), a required field refuses
 * {@code null} with a 400 naming it and changes nothing, and a value of the wrong type is still a 400 naming it.
 * One table: each row is an endpoint (a fresh object, how to read it back, the least body a PUT needs) and a field.
 */
public class PutSemanticsRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final SandboxHttp http = SANDBOX.http();
    private final LocalDate today = LocalDate.now();

    /**
     * One PUT on a freshly made object: who sends it, where, the state as the PUT's fields (with {@code version}),
     * and the least body (its version and what names the object, such as a review's cycle).
     */
    private record Put(String user, String path, Supplier<ObjectNode> read, Function<ObjectNode, ObjectNode> least) {
    }

    private enum Kind { REQUIRED, CLEARABLE }

    /** A field of an endpoint: required, or clearable to {@code cleared} (computed from the state before). */
    private record Row(String endpoint, Supplier<Put> make, String field, Kind kind, Function<ObjectNode, JsonNode> cleared) {
        @Override
        public String toString() {
            return endpoint + "." + field;
        }
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Supplier<Put> cycle = this::cycle;
        rows.add(required("PUT /cycles/{id}", cycle, "name"));
        rows.add(required("PUT /cycles/{id}", cycle, "startDate"));
        rows.add(clearable("PUT /cycles/{id}", cycle, "endDate", before -> TextNode.valueOf(
                LocalDate.parse(before.get("startDate").asText()).plusDays(defaultCycleLength() - 1L).toString())));
        Supplier<Put> objective = this::objective;
        rows.add(required("PUT /objectives/{id}", objective, "title"));
        rows.add(required("PUT /objectives/{id}", objective, "ownerKey"));
        rows.add(clearable("PUT /objectives/{id}", objective, "description", before -> TextNode.valueOf("")));
        rows.add(clearable("PUT /objectives/{id}", objective, "type", before -> TextNode.valueOf("ASPIRATIONAL")));
        rows.add(clearable("PUT /objectives/{id}", objective, "parentId", before -> NullNode.getInstance()));
        Supplier<Put> metric = () -> keyResult("{\"title\":\"Signups\",\"measure\":\"METRIC\",\"start\":0,\"target\":100,"
                + "\"current\":40,\"unit\":\"%\",\"direction\":\"MAINTAIN\",\"weight\":3,\"ownerKey\":\"member\"}");
        for (String field : List.of("title", "ownerKey", "measure", "start", "target")) {
            rows.add(required("PUT /keyresults/{id} (metric)", metric, field));
        }
        rows.add(clearable("PUT /keyresults/{id} (metric)", metric, "current", before -> before.get("start")));
        rows.add(clearable("PUT /keyresults/{id} (metric)", metric, "unit", before -> TextNode.valueOf("")));
        rows.add(clearable("PUT /keyresults/{id} (metric)", metric, "direction", before -> TextNode.valueOf("INCREASE")));
        rows.add(clearable("PUT /keyresults/{id} (metric)", metric, "weight", before -> JSON.getNodeFactory().numberNode(1.0)));
        rows.add(clearable("PUT /keyresults/{id} (milestone)",
                () -> keyResult("{\"title\":\"Launch\",\"measure\":\"MILESTONE\",\"done\":true}"), "done",
                before -> JSON.getNodeFactory().booleanNode(false)));
        rows.add(clearable("PUT /keyresults/{id} (issues)",
                () -> keyResult("{\"title\":\"Ship\",\"measure\":\"ISSUES\",\"weighting\":\"STORY_POINTS\"}"), "weighting",
                before -> TextNode.valueOf("COUNT")));
        Supplier<Put> action = this::action;
        rows.add(required("PUT /meeting-items/{id}", action, "title"));
        rows.add(required("PUT /meeting-items/{id}", action, "ownerKey"));
        rows.add(clearable("PUT /meeting-items/{id}", action, "dueDate", before -> NullNode.getInstance()));
        rows.add(clearable("PUT /meeting-items/{id}", action, "done", before -> JSON.getNodeFactory().booleanNode(false)));
        Supplier<Put> review = this::midCycleReview;
        rows.add(clearable("PUT /projects/{key}/reviews/{kind}", review, "whatWorked", before -> TextNode.valueOf("")));
        rows.add(clearable("PUT /projects/{key}/reviews/{kind}", review, "whatToChange", before -> TextNode.valueOf("")));
        Supplier<Put> grade = this::grade;
        rows.add(required("PUT /keyresults/{id}/grade", grade, "grade"));
        rows.add(clearable("PUT /keyresults/{id}/grade", grade, "reason", before -> NullNode.getInstance()));
        Supplier<Put> settings = this::settings;
        rows.add(required("PUT /admin/settings", settings, "defaultCycleLength"));
        rows.add(required("PUT /admin/settings", settings, "weekStartsOn"));
        rows.add(clearable("PUT /admin/settings", settings, "storyPointsField", before -> NullNode.getInstance()));
        return rows;
    }

    private static Row required(String endpoint, Supplier<Put> make, String field) {
        return new Row(endpoint, make, field, Kind.REQUIRED, null);
    }

    private static Row clearable(String endpoint, Supplier<Put> make, String field, Function<ObjectNode, JsonNode> cleared) {
        return new Row(endpoint, make, field, Kind.CLEARABLE, cleared);
    }

    @Test
    public void aFieldThePutDoesNotMentionKeepsItsValue() {
        for (Row row : rows()) {
            Put put = row.make().get();
            ObjectNode before = put.read().get();
            Reply reply = http.putJson(put.path(), put.user(), put.least().apply(before).toString());
            assertEquals(row + ": " + reply, 200, reply.status());
            ObjectNode after = put.read().get();
            assertEquals(row + " kept", withoutVersion(before), withoutVersion(after));
        }
    }

    @Test
    public void anExplicitNullClearsAClearableFieldAndOnlyIt() {
        for (Row row : rows()) {
            if (row.kind() != Kind.CLEARABLE) {
                continue;
            }
            Put put = row.make().get();
            ObjectNode before = put.read().get();
            assertEquals(row + " is set before it is cleared", false, before.get(row.field()).equals(row.cleared().apply(before)));
            Reply reply = http.putJson(put.path(), put.user(), put.least().apply(before).putNull(row.field()).toString());
            assertEquals(row + ": " + reply, 200, reply.status());
            ObjectNode expected = withoutVersion(before);
            expected.set(row.field(), row.cleared().apply(before));
            assertEquals(row + " cleared", expected, withoutVersion(put.read().get()));
        }
    }

    @Test
    public void anExplicitNullOnARequiredFieldIsA400NamingItAndChangesNothing() {
        for (Row row : rows()) {
            if (row.kind() != Kind.REQUIRED) {
                continue;
            }
            Put put = row.make().get();
            ObjectNode before = put.read().get();
            Reply reply = http.putJson(put.path(), put.user(), put.least().apply(before).putNull(row.field()).toString());
            assertFieldError(row, reply);
            assertEquals(row + " unchanged", before, put.read().get());
        }
    }

    @Test
    public void aValueOfTheWrongTypeIsStillA400NamingIt() {
        for (Row row : rows()) {
            Put put = row.make().get();
            ObjectNode before = put.read().get();
            ObjectNode body = put.least().apply(before);
            body.putObject(row.field()).put("not", "a value");
            assertFieldError(row, http.putJson(put.path(), put.user(), body.toString()));
            assertEquals(row + " unchanged", before, put.read().get());
        }
    }

    /**
     * The plan is one value, its whole ordered list: a PUT that leaves it out or sends null is refused naming it
     * (it would change nothing, or everything), and {@code []} empties the plan.
     */
    @Test
    public void thePlansPutCarriesItsWholeList() {
        Put plan = plan();
        ObjectNode before = plan.read().get();
        Row row = required("PUT /projects/{key}/plan", () -> plan, "priorities");
        assertFieldError(row, http.putJson(plan.path(), plan.user(), plan.least().apply(before).toString()));
        assertFieldError(row, http.putJson(plan.path(), plan.user(), plan.least().apply(before).putNull("priorities").toString()));
        assertFieldError(row, http.putJson(plan.path(), plan.user(),
                plan.least().apply(before).put("priorities", "Enterprise").toString()));
        assertEquals(before, plan.read().get());
        ObjectNode empty = plan.least().apply(before);
        empty.putArray("priorities");
        ok(http.putJson(plan.path(), plan.user(), empty.toString()), 200);
        assertEquals(0, plan.read().get().get("priorities").size());
    }

    private static void assertFieldError(Row row, Reply reply) {
        assertEquals(row + ": " + reply, 400, reply.status());
        assertEquals(row + ": " + reply, true, reply.json().get("errors").has(row.field()));
        assertEquals(row + ": " + reply, true, reply.json().get("errorMessages").isArray());
    }

    private static ObjectNode withoutVersion(ObjectNode state) {
        ObjectNode copy = state.deepCopy();
        copy.remove("version");
        return copy;
    }

    /** The named fields of {@code source}, a missing one as null, so that states compare field by field. */
    private static ObjectNode fields(JsonNode source, String... names) {
        ObjectNode state = JSON.createObjectNode();
        for (String name : names) {
            JsonNode value = source.get(name);
            state.set(name, value == null ? NullNode.getInstance() : value);
        }
        return state;
    }

    private static ObjectNode version(ObjectNode state) {
        return JSON.createObjectNode().set("version", state.get("version"));
    }

    private JsonNode ok(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        return reply.json();
    }

    private String unique(String name) {
        return name + " " + NAMES.incrementAndGet() + " " + System.nanoTime();
    }

    private int defaultCycleLength() {
        return ok(http.get(REST + "/admin/settings", "admin"), 200).get("defaultCycleLength").asInt();
    }

    private long activeCycle(int daysAgo) {
        LocalDate start = today.minusDays(daysAgo);
        long id = http.createCycle(unique("PUT"), start.toString(), start.plusDays(89).toString()).get("id").asLong();
        ok(http.send(SandboxHttp.as(http.request(REST + "/cycles/" + id + "/start").POST(HttpRequest.BodyPublishers.noBody()),
                "admin")), 200);
        return id;
    }

    private Put cycle() {
        long id = http.createCycle(unique("PUT"), "2041-01-01", "2041-02-15").get("id").asLong();
        String path = REST + "/cycles/" + id;
        return new Put("admin", path, () -> fields(http.get(path, "admin").json(), "name", "startDate", "endDate", "version"),
                PutSemanticsRestTest::version);
    }

    private long objectiveIn(long cycle, String body) {
        return ok(http.postJson(REST + "/objectives", "lead", "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\"," + body + "}"),
                201).get("id").asLong();
    }

    private Put objective() {
        long cycle = http.createCycle(unique("PUT"), "2042-01-01", "2042-03-31").get("id").asLong();
        long parent = objectiveIn(cycle, "\"title\":\"Parent\"");
        long id = objectiveIn(cycle, "\"title\":\"Grow\",\"description\":\"Why it matters\",\"type\":\"COMMITTED\","
                + "\"ownerKey\":\"member\",\"parentId\":" + parent);
        String path = REST + "/objectives/" + id;
        return new Put("lead", path, () -> fields(http.get(path, "lead").json(), "title", "description", "type", "ownerKey",
                "parentId", "version"), PutSemanticsRestTest::version);
    }

    private Put keyResult(String body) {
        long cycle = http.createCycle(unique("PUT"), "2043-01-01", "2043-03-31").get("id").asLong();
        long objective = objectiveIn(cycle, "\"title\":\"Measured\"");
        long id = ok(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead", body), 201).get("id").asLong();
        String path = REST + "/keyresults/" + id;
        return new Put("lead", path, () -> fields(http.get(path, "lead").json(), "title", "ownerKey", "measure", "start",
                "target", "current", "unit", "direction", "done", "weighting", "weight", "version"), PutSemanticsRestTest::version);
    }

    private Put action() {
        long cycle = http.createCycle(unique("PUT"), today.minusDays(30).toString(), today.plusDays(60).toString())
                .get("id").asLong();
        String week = String.format("%04d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        long id = ok(http.postJson(REST + "/projects/MKT/meeting-items", "lead", "{\"cycleId\":" + cycle + ",\"week\":\""
                + week + "\",\"kind\":\"ACTION\",\"title\":\"Call legal\",\"ownerKey\":\"member\",\"dueDate\":\"2030-01-31\"}"),
                201).get("id").asLong();
        String path = REST + "/meeting-items/" + id;
        ok(http.putJson(path, "lead", "{\"done\":true,\"version\":1}"), 200);
        return new Put("lead", path, () -> fields(http.get(path, "lead").json(), "title", "ownerKey", "dueDate", "done", "version"),
                PutSemanticsRestTest::version);
    }

    private Put midCycleReview() {
        long cycle = activeCycle(60);
        String path = REST + "/projects/MKT/reviews/MID_CYCLE";
        ok(http.putJson(path, "lead", "{\"cycleId\":" + cycle + ",\"whatWorked\":\"Check-ins\",\"whatToChange\":\"Fewer KRs\"}"), 200);
        Supplier<ObjectNode> read = () -> fields(http.get(REST + "/projects/MKT/reviews?cycleId=" + cycle, "lead").json()
                .get("reviews").get(0).get("review"), "whatWorked", "whatToChange", "version");
        return new Put("lead", path, read, before -> version(before).put("cycleId", cycle));
    }

    /** A key result graded as progress suggests (0.8), with a reason all the same, in a cycle open for grading. */
    private Put grade() {
        long cycle = activeCycle(85);
        long objective = objectiveIn(cycle, "\"title\":\"Keep customers\"");
        long id = ok(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Renewals\",\"measure\":\"METRIC\",\"start\":0,\"target\":10}"), 201).get("id").asLong();
        ok(http.postJson(REST + "/keyresults/" + id + "/checkins", "lead", "{\"value\":8,\"confidence\":\"ON_TRACK\"}"), 201);
        String keyResult = REST + "/keyresults/" + id;
        String path = keyResult + "/grade";
        ok(http.putJson(path, "lead", "{\"grade\":0.8,\"reason\":\"As tracked\",\"version\":"
                + http.get(keyResult, "lead").json().get("version") + "}"), 200);
        Supplier<ObjectNode> read = () -> {
            for (JsonNode row : http.get(REST + "/projects/MKT/synthesis?cycleId=" + cycle, "lead").json()
                    .get("objectives").findValue("keyResults")) {
                if (row.get("id").asLong() == id) {
                    return fields(row, "grade", "reason", "version");
                }
            }
            throw new AssertionError("no key result " + id + " in the synthesis");
        };
        return new Put("lead", path, read, PutSemanticsRestTest::version);
    }

    /** The site's settings with a story points field chosen; no version (settings have none). */
    private Put settings() {
        JsonNode now = ok(http.get(REST + "/admin/settings", "admin"), 200);
        String field = now.get("numberFields").get(0).get("id").asText();
        ok(http.putJson(REST + "/admin/settings", "admin", "{\"storyPointsField\":\"" + field + "\",\"defaultCycleLength\":"
                + now.get("defaultCycleLength") + ",\"weekStartsOn\":\"" + now.get("weekStartsOn").asText() + "\"}"), 200);
        return new Put("admin", REST + "/admin/settings", () -> fields(http.get(REST + "/admin/settings", "admin").json(),
                "storyPointsField", "defaultCycleLength", "weekStartsOn"), before -> JSON.createObjectNode());
    }

    private Put plan() {
        long cycle = http.createCycle(unique("PUT"), "2044-01-01", "2044-03-31").get("id").asLong();
        String path = REST + "/projects/MKT/plan";
        ok(http.putJson(path, "lead", "{\"cycleId\":" + cycle + ",\"priorities\":[{\"title\":\"Enterprise\",\"ownerKey\":\"member\"}]}"), 200);
        Supplier<ObjectNode> read = () -> {
            JsonNode plan = http.get(path + "?cycleId=" + cycle, "lead").json();
            return fields(plan, "priorities", "version");
        };
        return new Put("lead", path, read, before -> version(before).put("cycleId", cycle));
    }
}
