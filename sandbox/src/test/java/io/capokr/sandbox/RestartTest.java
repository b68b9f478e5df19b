package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Rule;
import org.junit.Test;

/** A new sandbox gets sample cycles once; what it stores survives a restart on the same data directory. */
public class RestartTest {

    @Rule
    public final RunningSandbox sandbox = new RunningSandbox();

    @Test
    public void anEmptyDatabaseGetsThePreviousQuarterThisOneTheNextAndTheSeedsCycle() {
        JsonNode page = sandbox.http().get(SandboxHttp.REST + "/cycles", "admin").json();
        java.util.List<java.time.LocalDate> expected = SampleData.quarterStarts(java.time.LocalDate.now());

        assertEquals(expected.size(), page.get("total").asInt());
        java.util.List<String> starts = new java.util.ArrayList<>();
        java.time.LocalDate thisQuarterStart = SampleData.quarterStart(java.time.LocalDate.now());
        page.get("values").forEach(cycle -> {
            assertTrue(cycle.get("name").asText().matches("\\d{4} Q[1-4]"));
            // the previous quarter is closed, the one under way runs; the others are still being planned
            String start = cycle.get("startDate").asText();
            String state = start.equals(thisQuarterStart.toString()) ? "ACTIVE"
                    : start.equals(thisQuarterStart.minusMonths(3).toString()) ? "CLOSED" : "PLANNING";
            assertEquals(state, cycle.get("state").asText());
            starts.add(cycle.get("startDate").asText());
        });
        // newest first; this quarter and the next are always there, one after the other
        assertEquals(expected.stream().map(Object::toString).sorted(java.util.Comparator.reverseOrder()).toList(), starts);
        java.time.LocalDate thisQuarter = SampleData.quarterStart(java.time.LocalDate.now());
        assertTrue(starts.contains(thisQuarter.toString()));
        assertTrue(starts.contains(thisQuarter.plusMonths(3).toString()));
    }

    @Test
    public void dataSurvivesARestartAndIsNotSeededAgain() throws Exception {
        JsonNode created = sandbox.http().createCycle("Kept across restarts", "2034-01-01", "2034-03-31");
        int count = sandbox.http().cycleCount();

        sandbox.restart();

        SandboxHttp http = sandbox.http();
        assertEquals(count, http.cycleCount());
        List<String> names = http.cycleNames();
        assertThat(names, hasItem("Kept across restarts"));
        JsonNode fetched = http.get(SandboxHttp.REST + "/cycles/" + created.get("id").asLong(), "member").json();
        assertEquals(created, fetched);
    }
}
