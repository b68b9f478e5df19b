package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The README's "One full cycle" walkthrough, run as written (bash and curl) against a sandbox with the sample
 * data, only pointed at this sandbox's port: every command must succeed (curl fails on any HTTP error), and the
 * cycle it made must end as the README says: closed, graded, reviewed, its demos carried over.
 */
public class ReadmeWalkthroughTest {

    private static final String README_URL = "http://localhost:2990";

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    public void theReadmesFullCycleRunsAsWritten() throws Exception {
        String script = walkthrough().replace(README_URL, SANDBOX.uri("/").toString().replaceAll("/$", ""));
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                bash.getInputStream().transferTo(output);
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        assertTrue("the walkthrough finishes within two minutes", bash.waitFor(2, TimeUnit.MINUTES));
        reader.join();
        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(printed, 0, bash.exitValue());

        JsonNode cycles = SANDBOX.http().get(SandboxHttp.REST + "/cycles?maxResults=200", "admin").json();
        JsonNode walkthrough = null;
        JsonNode next = null;
        for (JsonNode cycle : cycles.get("values")) {
            if (cycle.get("name").asText().equals("Walkthrough")) {
                walkthrough = cycle;
            } else if (cycle.get("name").asText().equals("Walkthrough, next")) {
                next = cycle;
            }
        }
        assertEquals("CLOSED", walkthrough.get("state").asText());
        JsonNode synthesis = SANDBOX.http().get(SandboxHttp.REST + "/projects/MKT/synthesis?cycleId="
                + walkthrough.get("id").asLong(), "member").json();
        JsonNode objective = synthesis.get("objectives").get(0);
        assertTrue("a committed objective under 1.0 is a miss", objective.get("miss").asBoolean());
        assertEquals("A demo environment needs an owner", synthesis.get("endOfCycle").get("learnings").asText());
        assertEquals("TARGET", synthesis.get("midCycle").get("adjustments").get(0).get("field").asText());

        JsonNode nextOkrs = SANDBOX.http().get(SandboxHttp.REST + "/projects/MKT/okrs?cycleId="
                + next.get("id").asLong(), "member").json();
        List<String> carried = new ArrayList<>();
        nextOkrs.get("objectives").forEach(row -> row.get("keyResults")
                .forEach(kr -> carried.add(kr.get("keyResult").get("title").asText())));
        assertEquals(List.of("Book 20 demos"), carried);
    }

    /** The shell block between the README's walkthrough markers, without its fences. */
    private static String walkthrough() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("<!-- walkthrough:start -->");
        int end = readme.indexOf("<!-- walkthrough:end -->");
        assertTrue("the README marks its walkthrough", start >= 0 && end > start);
        String block = readme.substring(start, end);
        return block.substring(block.indexOf("```sh") + "```sh".length(), block.lastIndexOf("```"));
    }
}
