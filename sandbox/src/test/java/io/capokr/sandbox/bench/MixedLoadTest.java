package io.capokr.sandbox.bench;

import static io.capokr.sandbox.SandboxHttp.REST;
import static io.capokr.sandbox.SandboxHttp.SANDBOX_REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.RunningSandbox;
import io.capokr.sandbox.SandboxHttp;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Mixed load (issue 11): simulated team members doing, all at once, what teams do in a week on the sample data:
 * read the project page, the company page and the issue panel, check in, link and unlink issues, move issues.
 * Every answer must be the one the action expects (no 5xx, no error at all), and the p95 of each action is reported
 * (printed and written to {@code target/benchmark/mixed-load.md}). 20 users for 30 seconds by default;
 * {@code -Dcapokr.load.users=20 -Dcapokr.load.seconds=180} is the issue's full run. Seeded, so a run reproduces.
 */
public class MixedLoadTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final int USERS = Integer.getInteger("capokr.load.users", 20);
    private static final int SECONDS = Integer.getInteger("capokr.load.seconds", 30);
    private static final long SEED = Long.getLong("capokr.load.seed", 11L);
    private static final List<String> ISSUES = List.of("MKT-1", "MKT-2", "MKT-3", "MKT-4", "MKT-5", "MKT-7", "MKT-8",
            "MKT-9", "MKT-10", "MKT-11", "MKT-12", "MKT-13", "MKT-14", "MKT-15", "MKT-16");
    private static final List<String> STATUSES = List.of("To Do", "In Progress", "In Review", "Done");

    /** One thing a team member does, and whether the answer is the one it expects. */
    private record Action(String name, int weight, Function<Random, Reply> call) {
    }

    @Test(timeout = 3_600_000)
    public void aWeekOfTeamWorkAtOnceAnswersEveryActionRight() throws Exception {
        SandboxHttp http = SANDBOX.http();
        JsonNode okrs = http.get(REST + "/projects/MKT/okrs", "lead").json();
        long cycle = okrs.get("cycle").get("id").asLong();
        List<Long> metrics = new ArrayList<>();
        List<Long> issueKeyResults = new ArrayList<>();
        for (JsonNode objective : okrs.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                String measure = row.get("keyResult").get("measure").asText();
                (measure.equals("ISSUES") ? issueKeyResults : measure.equals("METRIC") ? metrics : new ArrayList<Long>())
                        .add(row.get("keyResult").get("id").asLong());
            }
        }
        assertTrue(!metrics.isEmpty() && !issueKeyResults.isEmpty());
        List<Action> actions = List.of(
                new Action("read the project page", 30, random -> http.get("/projects/MKT?selectedItem=io.capokr.jira:okr-project-page", pick(random, List.of("lead", "member")))),
                new Action("read the project's OKRs (REST)", 20, random -> http.get(REST + "/projects/MKT/okrs?cycleId=" + cycle, "member")),
                new Action("read the company page", 10, random -> http.get("/okrs", pick(random, List.of("admin", "member")))),
                new Action("read the issue panel", 15, random -> http.get(REST + "/issues/" + pick(random, ISSUES) + "/keyresults", "member")),
                new Action("check in", 10, random -> http.postJson(REST + "/keyresults/" + pick(random, metrics) + "/checkins", "lead",
                        "{\"value\":" + random.nextInt(300) + ",\"confidence\":\"ON_TRACK\",\"note\":\"load\"}")),
                new Action("link an issue", 5, random -> http.postJson(REST + "/keyresults/" + pick(random, issueKeyResults) + "/issues",
                        "lead", "{\"issueKeys\":[\"" + pick(random, ISSUES) + "\"]}")),
                new Action("unlink an issue", 5, random -> http.postJson(REST + "/keyresults/" + pick(random, issueKeyResults)
                        + "/issues/unlink", "lead", "{\"issueKeys\":[\"" + pick(random, ISSUES) + "\"]}")),
                new Action("move an issue", 5, random -> http.putJson(SANDBOX_REST + "/issues/" + pick(random, ISSUES) + "/status",
                        "member", "{\"status\":\"" + pick(random, STATUSES) + "\"}")));
        int totalWeight = actions.stream().mapToInt(Action::weight).sum();
        Map<String, Percentiles> timings = new ConcurrentHashMap<>();
        actions.forEach(action -> timings.put(action.name(), new Percentiles()));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        for (int user = 0; user < USERS; user++) {
            Random random = new Random(SEED * 1_000 + user);
            users.submit(() -> {
                while (System.nanoTime() < until) {
                    Action action = choose(actions, random.nextInt(totalWeight));
                    long start = System.nanoTime();
                    Reply reply = action.call().apply(random);
                    timings.get(action.name()).add((System.nanoTime() - start) / 1e6);
                    if (reply.status() / 100 != 2) {
                        failures.add(action.name() + ": " + reply);
                    }
                }
            });
        }
        users.shutdown();
        assertTrue(users.awaitTermination(SECONDS + 120L, TimeUnit.SECONDS));

        String report = report(timings);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "mixed-load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertEquals("every action answered as expected (seed " + SEED + ")", List.of(), new ArrayList<>(failures));
        timings.forEach((name, timing) -> assertTrue(name + " ran", timing.count() > 0));
    }

    private static String report(Map<String, Percentiles> timings) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "### Mixed load: %d users for %d s%n%n| action | requests | p50 ms | p95 ms |%n|---|---:|---:|---:|%n", USERS, SECONDS));
        new TreeMap<>(timings).forEach((name, timing) -> text.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n",
                name, timing.count(), timing.p50(), timing.p95())));
        return text.toString();
    }

    private static Action choose(List<Action> actions, int ticket) {
        int left = ticket;
        for (Action action : actions) {
            left -= action.weight();
            if (left < 0) {
                return action;
            }
        }
        return actions.get(actions.size() - 1);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
