package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.apidoc.ExampleValidator;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The API reference against the API itself: every read the document lists is called on the sample data (a cycle of
 * each state, each kind of key result, a hidden issue) as two users, and each JSON answer must fit the documented
 * schema, with no property the document does not name. The plugin's tests check the document against the code; this
 * checks it against what the running app answers. A new read in the document fails here until it is called here.
 */
public class ApiContractTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static JsonNode document;
    private static ExampleValidator validator;
    /** Documented GET path → the concrete paths that call it. */
    private static final Map<String, List<String>> CALLS = new LinkedHashMap<>();

    @BeforeClass
    public static void readTheDocumentAndTheSampleIds() throws Exception {
        try (InputStream in = ApiContractTest.class.getResourceAsStream("/openapi/cap-okr-openapi.json")) {
            document = new ObjectMapper().readTree(in);
        }
        validator = new ExampleValidator(document);
        SandboxHttp http = SANDBOX.http();

        Map<String, Long> cycles = new LinkedHashMap<>();
        for (JsonNode cycle : http.get(REST + "/cycles", "admin").json().get("values")) {
            cycles.putIfAbsent(cycle.get("state").asText(), cycle.get("id").asLong());
        }
        assertEquals("the sample has a cycle of each state", Set.of("PLANNING", "ACTIVE", "CLOSED"), cycles.keySet());
        long active = cycles.get("ACTIVE");
        long closed = cycles.get("CLOSED");
        long planning = cycles.get("PLANNING");

        JsonNode okrs = http.get(REST + "/projects/MKT/okrs?cycleId=" + active, "admin").json();
        long objective = okrs.at("/objectives/0/objective/id").asLong();
        long companyObjective = http.get(REST + "/company/okrs?cycleId=" + active, "admin").json()
                .at("/objectives/0/objective/id").asLong();
        Map<String, Long> keyResults = new LinkedHashMap<>();
        for (JsonNode row : okrs.findValues("keyResults")) {
            for (JsonNode keyResult : row) {
                keyResults.putIfAbsent(keyResult.at("/keyResult/measure").asText(), keyResult.at("/keyResult/id").asLong());
            }
        }
        assertEquals(Set.of("METRIC", "MILESTONE", "ISSUES"), keyResults.keySet());
        long metric = keyResults.get("METRIC");
        long checkIn = http.get(REST + "/keyresults/" + metric + "/checkins", "admin").json().at("/values/0/id").asLong();
        String week = http.get(REST + "/projects/MKT/weekly?cycleId=" + active, "admin").json().at("/week/id").asText();
        long meetingItem = http.postJson(REST + "/projects/MKT/meeting-items", "lead", "{\"cycleId\":" + active
                + ",\"week\":\"" + week + "\",\"kind\":\"ACTION\",\"title\":\"Call the printer\",\"ownerKey\":\"member\"}")
                .json().get("id").asLong();

        call("/cycles", "/cycles", "/cycles?startAt=1&maxResults=1");
        call("/cycles/{id}", "/cycles/" + active, "/cycles/" + closed, "/cycles/" + planning);
        call("/cycles/{id}/unfinished", "/cycles/" + closed + "/unfinished", "/cycles/" + closed + "/unfinished?projectKey=MKT");
        call("/company/okrs", "/company/okrs", "/company/okrs?cycleId=" + closed, "/company/okrs?cycleId=" + planning);
        call("/company/synthesis", "/company/synthesis?cycleId=" + closed, "/company/synthesis?cycleId=" + active);
        call("/company/chart", "/company/chart?cycleId=" + active, "/company/chart?cycleId=" + closed);
        call("/company/export/keyresults.csv", "/company/export/keyresults.csv?cycleId=" + active);
        call("/company/export/checkins.csv", "/company/export/checkins.csv?cycleId=" + active);
        call("/projects/{projectKey}/okrs", "/projects/MKT/okrs", "/projects/MKT/okrs?cycleId=" + closed,
                "/projects/MKT/okrs?cycleId=" + planning, "/projects/SALES/okrs?cycleId=" + active);
        call("/projects/{projectKey}/chart", "/projects/MKT/chart?cycleId=" + active);
        call("/projects/{projectKey}/synthesis", "/projects/MKT/synthesis?cycleId=" + closed,
                "/projects/MKT/synthesis?cycleId=" + active);
        call("/projects/{projectKey}/weekly", "/projects/MKT/weekly?cycleId=" + active,
                "/projects/MKT/weekly?cycleId=" + closed);
        call("/projects/{projectKey}/reviews", "/projects/MKT/reviews?cycleId=" + active,
                "/projects/MKT/reviews?cycleId=" + closed);
        call("/projects/{projectKey}/plan", "/projects/MKT/plan?cycleId=" + planning, "/projects/SALES/plan?cycleId=" + planning);
        call("/projects/{projectKey}/export/keyresults.csv", "/projects/MKT/export/keyresults.csv?cycleId=" + active);
        call("/projects/{projectKey}/export/checkins.csv", "/projects/MKT/export/checkins.csv?cycleId=" + closed);
        call("/objectives/{id}", "/objectives/" + objective, "/objectives/" + companyObjective);
        call("/objectives/{id}/history", "/objectives/" + objective + "/history");
        call("/objectives/{id}/keyresults", "/objectives/" + objective + "/keyresults");
        call("/objectives/{id}/chart", "/objectives/" + objective + "/chart", "/objectives/" + companyObjective + "/chart");
        List<String> eachKeyResult = new ArrayList<>();
        keyResults.values().forEach(id -> eachKeyResult.add("/keyresults/" + id));
        call("/keyresults/{id}", eachKeyResult.toArray(String[]::new));
        call("/keyresults/{id}/history", eachKeyResult.stream().map(path -> path + "/history").toArray(String[]::new));
        call("/keyresults/{id}/chart", eachKeyResult.stream().map(path -> path + "/chart").toArray(String[]::new));
        call("/keyresults/{id}/issues", "/keyresults/" + keyResults.get("ISSUES") + "/issues",
                "/keyresults/" + metric + "/issues");
        call("/keyresults/{id}/checkins", "/keyresults/" + metric + "/checkins");
        call("/keyresults/{id}/checkins/{checkInId}", "/keyresults/" + metric + "/checkins/" + checkIn);
        call("/meeting-items/{id}", "/meeting-items/" + meetingItem);
        call("/issues/{issueKey}/keyresults", "/issues/MKT-1/keyresults", "/issues/MKT-3/keyresults");
        call("/issues/{issueKey}/keyresults/candidates", "/issues/MKT-1/keyresults/candidates",
                "/issues/MKT-1/keyresults/candidates?query=lead");
        call("/admin/settings", "/admin/settings");
        call("/openapi.json", "/openapi.json");
    }

    /** What the member may not read, and how it is refused; everything else the member reads. */
    private static final Map<String, Integer> MEMBER_REFUSALS = Map.of("/admin/settings", 403);

    private static final Map<String, String> ERRORS = Map.of("400", "BadRequest", "401", "Unauthorized",
            "403", "Forbidden", "404", "NotFound", "409", "Conflict");

    /** A path as one JSON pointer segment. */
    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static void call(String documented, String... concrete) {
        CALLS.put(documented, List.of(concrete));
    }

    @Test
    public void everyDocumentedReadIsCalledHere() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has("get")) {
                documented.add(path.getKey());
            }
        });
        assertEquals(documented, new TreeSet<>(CALLS.keySet()));
    }

    /** A query parameter the document marks required is a 400 naming it when left out; any other may be left out. */
    @Test
    public void queryParametersAreRequiredExactlyWhereTheDocumentSays() {
        for (Map.Entry<String, List<String>> call : CALLS.entrySet()) {
            String path = call.getValue().get(0).replaceFirst("\\?.*$", "");
            List<String> required = new ArrayList<>();
            for (JsonNode parameter : document.at("/paths/" + pointer(call.getKey()) + "/get/parameters")) {
                if (parameter.get("in").asText().equals("query") && parameter.path("required").asBoolean(false)) {
                    required.add(parameter.get("name").asText());
                }
            }
            SandboxHttp.Reply reply = SANDBOX.http().get(REST + path, "admin");
            if (required.isEmpty()) {
                assertEquals("GET " + path + " without its optional parameters: " + reply.body(), 200, reply.status());
            } else {
                assertEquals("GET " + path + " without " + required, 400, reply.status());
                assertTrue(reply.body(), reply.json().get("errors").has(required.get(0)));
            }
        }
    }

    /**
     * As an administrator, who sees everything, and as a member, from whom issue security hides an MKT issue and to
     * whom the settings are refused: only the expected refusals, each documented and in Jira's error shape.
     */
    @Test
    public void everyAnswerFitsItsDocumentedSchema() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> call : CALLS.entrySet()) {
            JsonNode ok = document.at("/paths/" + pointer(call.getKey()) + "/get/responses/200/content");
            String mediaType = ok.fieldNames().next();
            for (String path : call.getValue()) {
                for (String user : List.of("admin", "member")) {
                    SandboxHttp.Reply reply = SANDBOX.http().get(REST + path, user);
                    Integer refusal = user.equals("member") ? MEMBER_REFUSALS.get(path) : null;
                    if (refusal != null) {
                        // A refusal the member meets: the expected one, documented, in Jira's shape.
                        String status = Integer.toString(reply.status());
                        assertEquals(user + " GET " + path, refusal.intValue(), reply.status());
                        assertTrue(path + " documents " + status, document.at("/paths/" + pointer(call.getKey())
                                + "/get/responses").has(status));
                        problems.addAll(validator.problems(user + " GET " + path,
                                document.at("/components/responses/" + ERRORS.get(status) + "/content/application~1json/schema"),
                                reply.json()));
                        continue;
                    }
                    assertEquals(user + " GET " + path + ": " + reply.body(), 200, reply.status());
                    assertTrue(path, reply.header("Content-Type").orElse("").startsWith(mediaType.split(";")[0]));
                    if (mediaType.startsWith("application/json")) {
                        problems.addAll(validator.problems(user + " GET " + path, ok.get(mediaType).get("schema"), reply.json()));
                        checked++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue("a real tour, not an empty one: " + checked, checked > 80);
    }
}
