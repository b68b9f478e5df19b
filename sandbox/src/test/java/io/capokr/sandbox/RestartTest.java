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
    public void anEmptyDatabaseGetsTwoSampleCyclesOneQuarterApart() {
        JsonNode page = sandbox.http().get(SandboxHttp.REST + "/cycles", "admin").json();

        assertEquals(2, page.get("total").asInt());
        JsonNode later = page.get("values").get(0);
        JsonNode earlier = page.get("values").get(1);
        assertTrue(later.get("name").asText().matches("\\d{4} Q[1-4]"));
        assertTrue(earlier.get("name").asText().matches("\\d{4} Q[1-4]"));
        assertEquals("PLANNING", earlier.get("state").asText());
        assertEquals(java.time.LocalDate.parse(earlier.get("endDate").asText()).plusDays(1),
                java.time.LocalDate.parse(later.get("startDate").asText()));
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
