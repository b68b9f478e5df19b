package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Cap's settings over HTTP: Jira administrators only, a 400 that names each field and saves nothing, and each setting
 * reaching what it governs: story points read from another field at once, the length of a cycle given no end, the
 * weekly meeting's first day. The sandbox is shared, so each test puts the settings back as it found them.
 */
public class AdminSettingsRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String SETTINGS = REST + "/admin/settings";
    private static final String DEFAULTS = "{\"storyPointsField\":null,\"defaultCycleLength\":90,\"weekStartsOn\":\"MONDAY\"}";

    private final SandboxHttp http = SANDBOX.http();

    @After
    public void backToTheDefaults() {
        assertEquals(200, http.putJson(SETTINGS, "admin", DEFAULTS).status());
    }

    @Test
    public void onlyJiraAdministratorsReadOrSaveTheSettings() {
        assertEquals(403, http.get(SETTINGS, "lead").status());
        assertEquals(403, http.putJson(SETTINGS, "lead", "{\"storyPointsField\":null,\"defaultCycleLength\":30,\"weekStartsOn\":\"FRIDAY\"}").status());
        assertEquals(401, http.get(SETTINGS, null).status());

        JsonNode settings = http.get(SETTINGS, "admin").json();
        assertEquals(90, settings.get("defaultCycleLength").asInt());
        assertEquals("MONDAY", settings.get("weekStartsOn").asText());
        assertEquals("Story Points", settings.get("storyPointsFieldInUse").get("name").asText());
        assertEquals(List.of("Business Value", "Story Points"), names(settings.get("numberFields")));
    }

    @Test
    public void aRefusedSaveNamesEachFieldAndSavesNothing() {
        Reply refused = http.putJson(SETTINGS, "admin",
                "{\"storyPointsField\":\"customfield_1\",\"defaultCycleLength\":3,\"weekStartsOn\":\"Funday\"}");

        assertEquals(refused.toString(), 400, refused.status());
        assertEquals(List.of("defaultCycleLength", "storyPointsField", "weekStartsOn"),
                names(refused.json().get("errors")).stream().sorted().toList());
        assertEquals(400, http.putJson(SETTINGS, "admin", "{\"defaultCycleLength\":\"ninety\"}").status());
        JsonNode unchanged = http.get(SETTINGS, "admin").json();
        assertEquals(List.of("90", "MONDAY", "null"), List.of(unchanged.get("defaultCycleLength").asText(),
                unchanged.get("weekStartsOn").asText(), unchanged.get("storyPointsField").toString()));
    }

    @Test
    public void anotherStoryPointsFieldChangesProgressAtOnce() {
        long cycle = http.createCycle("Points " + System.nanoTime(), LocalDate.now().minusDays(10).toString(),
                LocalDate.now().plusDays(80).toString()).get("id").asLong();
        long objective = http.postJson(REST + "/objectives", "lead",
                "{\"cycleId\":" + cycle + ",\"projectKey\":\"MKT\",\"title\":\"Weighted\"}").json().get("id").asLong();
        long kr = http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Story points done\",\"measure\":\"ISSUES\",\"weighting\":\"STORY_POINTS\"}").json().get("id").asLong();
        // MKT-1 is done with 5 story points, MKT-3 to do with 3; their business values are 10 and 30.
        assertEquals(200, http.postJson(REST + "/keyresults/" + kr + "/issues", "lead",
                "{\"issueKeys\":[\"MKT-1\",\"MKT-3\"]}").status());
        assertEquals(5.0 / 8, http.mktProgress(cycle, kr), 1e-9);

        Reply saved = http.putJson(SETTINGS, "admin",
                "{\"storyPointsField\":\"customfield_10003\",\"defaultCycleLength\":90,\"weekStartsOn\":\"MONDAY\"}");

        assertEquals(saved.toString(), 200, saved.status());
        assertEquals("Business Value", saved.json().get("storyPointsFieldInUse").get("name").asText());
        assertTrue(saved.toString(), saved.json().get("refresh").get("corrected").asInt() >= 2);
        assertEquals(10.0 / 40, http.mktProgress(cycle, kr), 1e-9);
        assertEquals(saved.json().get("refresh"), http.get(SETTINGS, "admin").json().get("lastReconcile"));

        assertEquals(200, http.putJson(SETTINGS, "admin", DEFAULTS).status());
        assertEquals("back to Story Points, progress follows", 5.0 / 8, http.mktProgress(cycle, kr), 1e-9);
    }

    @Test
    public void aCycleGivenNoEndLastsTheDefaultLength() {
        assertEquals(200, http.putJson(SETTINGS, "admin",
                "{\"storyPointsField\":null,\"defaultCycleLength\":28,\"weekStartsOn\":\"MONDAY\"}").status());

        JsonNode cycle = http.createCycle("Four weeks " + System.nanoTime(), "2031-03-03", null);

        assertEquals(28, cycle.get("lengthInDays").asInt());
        assertEquals("2031-03-30", cycle.get("endDate").asText());
        assertEquals(204, http.delete(REST + "/cycles/" + cycle.get("id").asLong(), "admin").status());
    }

    @Test
    public void theWeeklyMeetingsWeekBeginsOnTheChosenDay() {
        assertEquals(200, http.putJson(SETTINGS, "admin",
                "{\"storyPointsField\":null,\"defaultCycleLength\":90,\"weekStartsOn\":\"THURSDAY\"}").status());

        JsonNode week = http.get(REST + "/projects/MKT/weekly", "lead").json().get("week");

        LocalDate start = LocalDate.parse(week.get("startDate").asText());
        assertEquals(DayOfWeek.THURSDAY, start.getDayOfWeek());
        assertEquals(start.plusDays(6).toString(), week.get("endDate").asText());
    }


    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        if (node.isArray()) {
            node.forEach(field -> names.add(field.get("name").asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
