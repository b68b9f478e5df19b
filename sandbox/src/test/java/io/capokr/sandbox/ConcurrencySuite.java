package io.capokr.sandbox;

import static io.capokr.sandbox.SandboxHttp.REST;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.sandbox.SandboxHttp.Reply;
import io.capokr.store.CheckInStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import org.junit.After;
import org.junit.Test;

/**
 * The suite "Concurrency": many clients at once over real HTTP, and what the database holds afterwards; run against
 * one sandbox ({@link ConcurrencyTest}) and with its clients split across two sandbox nodes sharing one database
 * ({@link TwoNodeConcurrencyTest}). Nothing is lost, exactly one of several edits of one {@code version} wins, a link is never doubled, a
 * delete racing the creation of what hangs from it leaves no orphan, and ranks stay unique and dense; no answer is a
 * 5xx. Clients of a round are released together by a barrier; nothing waits on a clock. CI runs the figures of the
 * issue (8 × 250 check-ins, 30 rounds of edits) and a few rounds of each race; {@code -Dcapokr.concurrency.rounds=N}
 * runs N rounds of the races and N × 30 of the edits.
 */
public abstract class ConcurrencySuite {

    private static final int CLIENTS = 8;
    private static final int CHECK_INS_PER_CLIENT = 250;
    private static final int ROUNDS = Integer.getInteger("capokr.concurrency.rounds", 1);
    private static final int EDIT_ROUNDS = 30 * ROUNDS;
    private static final int RACE_ROUNDS = 4 * ROUNDS;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);

    /** Where client number {@code client} sends its requests; client 0 also prepares each case. */
    protected abstract SandboxHttp node(int client);

    /** One of the plugin's beans, to read what the shared database holds. */
    protected abstract <T> T bean(Class<T> type);

    /** Where cases are prepared; what they left is read through {@code node(1)}, the other node when there are two. */
    private SandboxHttp http() {
        return node(0);
    }

    @After
    public void stopClients() {
        pool.shutdownNow();
    }

    @Test
    public void eightClientsCheckingInTwoHundredAndFiftyTimesEachOnOneKeyResultLoseNothing() throws Exception {
        long keyResult = metricKeyResult(objective(cycle("Check-ins"), "Many check-ins"), "Calls made");
        List<Callable<List<Integer>>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client * CHECK_INS_PER_CLIENT;
            SandboxHttp http = node(client);
            clients.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < CHECK_INS_PER_CLIENT; i++) {
                    statuses.add(http.postJson(REST + "/keyresults/" + keyResult + "/checkins", "member",
                            "{\"value\":" + (first + i) + ",\"confidence\":\"ON_TRACK\"}").status());
                }
                return statuses;
            });
        }

        List<Integer> statuses = together(clients).stream().flatMap(List::stream).toList();

        assertEquals(List.of(201), statuses.stream().distinct().toList());
        int total = CLIENTS * CHECK_INS_PER_CLIENT;
        assertEquals(total, node(1).get(REST + "/keyresults/" + keyResult + "/checkins?maxResults=1", "member")
                .json().get("total").asInt());
        assertEquals(total, bean(CheckInStore.class).countForKeyResult(keyResult));
        assertEquals("every check-in moved the version on once", 1 + total,
                node(1).get(REST + "/keyresults/" + keyResult, "member").json().get("version").asInt());
    }

    @Test
    public void ofEightEditsOfOneVersionExactlyOneWinsAndSevenAreConflicts() throws Exception {
        long objective = objective(cycle("Edits"), "Edited at once");
        for (int round = 0; round < EDIT_ROUNDS; round++) {
            int version = http().get(REST + "/objectives/" + objective, "lead").json().get("version").asInt();
            List<Callable<Reply>> editors = new ArrayList<>();
            for (int editor = 0; editor < CLIENTS; editor++) {
                String body = "{\"title\":\"Round " + round + " by " + editor + "\",\"version\":" + version + "}";
                SandboxHttp http = node(editor);
                editors.add(() -> http.putJson(REST + "/objectives/" + objective, "lead", body));
            }

            List<Reply> replies = together(editors);

            Map<Integer, Integer> byStatus = countByStatus(replies);
            assertEquals("round " + round + ": " + replies, Map.of(200, 1, 409, CLIENTS - 1), byStatus);
            JsonNode saved = node(1).get(REST + "/objectives/" + objective, "lead").json();
            Reply winner = replies.stream().filter(reply -> reply.status() == 200).findFirst().orElseThrow();
            assertEquals(winner.json().get("title").asText(), saved.get("title").asText());
            assertEquals(version + 1, saved.get("version").asInt());
            replies.stream().filter(reply -> reply.status() == 409).forEach(reply -> SandboxHttp.assertJiraError(reply, 409));
        }
    }

    @Test
    public void clientsLinkingTheSameIssuesAtOnceNeverDoubleALink() throws Exception {
        long cycle = cycle("Links");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            long keyResult = issuesKeyResult(objective(cycle, "Linked at once " + round), "Ship " + round);
            List<Callable<Reply>> linkers = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                // Overlapping sets: each client links three of the five issues, every issue by several clients.
                int offset = client;
                String body = "{\"issueKeys\":[" + String.join(",", IntStream.range(0, 3)
                        .mapToObj(i -> "\"MKT-" + (1 + (offset + i) % 5) + "\"").toList()) + "]}";
                SandboxHttp http = node(client);
                linkers.add(() -> http.postJson(REST + "/keyresults/" + keyResult + "/issues", "member", body));
            }

            List<Reply> replies = together(linkers);

            assertEquals("round " + round + ": " + replies, Map.of(200, CLIENTS), countByStatus(replies));
            int linked = replies.stream().mapToInt(reply -> reply.json().get("linked").asInt()).sum();
            assertEquals("each issue linked once, by one client", 5, linked);
            assertEquals(5, bean(InitiativeStore.class).countForKeyResult(keyResult));
            JsonNode page = node(1).get(REST + "/keyresults/" + keyResult + "/issues?maxResults=50", "lead").json();
            assertEquals(5, page.get("total").asInt());
        }
    }

    @Test
    public void deletingAnObjectiveWhileKeyResultsAreCreatedUnderItLeavesNoOrphan() throws Exception {
        long cycle = cycle("Objective deletes");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            long objective = objective(cycle, "Doomed " + round);
            List<Callable<Reply>> racers = new ArrayList<>();
            racers.add(() -> http().delete(REST + "/objectives/" + objective, "lead"));
            for (int client = 0; client < CLIENTS; client++) {
                String body = "{\"title\":\"KR " + client + "\",\"measure\":\"MILESTONE\"}";
                SandboxHttp http = node(client + 1);
                racers.add(() -> http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead", body));
            }

            List<Reply> replies = together(racers);

            assertEquals(204, replies.get(0).status());
            assertTrue("round " + round + ": " + replies, replies.subList(1, replies.size()).stream()
                    .allMatch(reply -> reply.status() == 201 || reply.status() == 404));
            assertEquals("round " + round, List.of(), bean(KeyResultStore.class).forObjective(objective));
        }
    }

    @Test
    public void deletingAKeyResultWhileItIsCheckedInAndLinkedLeavesNothingOfIt() throws Exception {
        long objective = objective(cycle("Key result deletes"), "Keeps losing key results");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            long keyResult = metricKeyResult(objective, "Doomed " + round);
            List<Callable<Reply>> racers = new ArrayList<>();
            racers.add(() -> http().delete(REST + "/keyresults/" + keyResult, "lead"));
            for (int client = 0; client < CLIENTS; client++) {
                String issue = "MKT-" + (1 + client % 5);
                SandboxHttp http = node(client + 1);
                racers.add(client % 2 == 0
                        ? () -> http.postJson(REST + "/keyresults/" + keyResult + "/checkins", "member",
                                "{\"value\":3,\"confidence\":\"AT_RISK\"}")
                        : () -> http.postJson(REST + "/keyresults/" + keyResult + "/issues", "member",
                                "{\"issueKeys\":[\"" + issue + "\"]}"));
            }

            List<Reply> replies = together(racers);

            assertEquals(204, replies.get(0).status());
            assertTrue("round " + round + ": " + replies, replies.subList(1, replies.size()).stream()
                    .allMatch(reply -> reply.status() < 300 || reply.status() == 404));
            assertEquals(0, bean(CheckInStore.class).countForKeyResult(keyResult));
            assertEquals(0, bean(InitiativeStore.class).countForKeyResult(keyResult));
            assertEquals(404, node(1).get(REST + "/keyresults/" + keyResult, "lead").status());
        }
    }

    @Test
    public void objectivesAndKeyResultsCreatedAtOnceGetUniqueDenseRanks() throws Exception {
        long cycle = cycle("Ranks");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            List<Callable<Reply>> creators = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String body = objectiveBody(cycle, "Ranked " + round + "." + client);
                SandboxHttp http = node(client);
                creators.add(() -> http.postJson(REST + "/objectives", "lead", body));
            }
            assertEquals(Map.of(201, CLIENTS), countByStatus(together(creators)));
            List<Integer> ranks = bean(ObjectiveStore.class).inScope(cycle, MKT).stream().map(Objective::rank).toList();
            assertEquals("round " + round, IntStream.range(0, ranks.size()).boxed().toList(), ranks);
        }
        long objective = objective(cycle, "Many key results");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            List<Callable<Reply>> creators = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String body = "{\"title\":\"KR " + round + "." + client + "\",\"measure\":\"MILESTONE\"}";
                SandboxHttp http = node(client);
                creators.add(() -> http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead", body));
            }
            assertEquals(Map.of(201, CLIENTS), countByStatus(together(creators)));
            List<Integer> ranks = StreamSupport.stream(
                    node(1).get(REST + "/objectives/" + objective + "/keyresults", "lead").json().spliterator(), false)
                    .map(keyResult -> keyResult.get("rank").asInt()).toList();
            assertEquals("round " + round, IntStream.range(0, (round + 1) * CLIENTS).boxed().toList(), ranks);
            assertEquals(ranks, bean(KeyResultStore.class).forObjective(objective).stream().map(KeyResult::rank).toList());
        }
    }

    private static final long MKT = 10000;

    /** Runs the calls at once, released together by a barrier, and returns their results in the order given. */
    private <T> List<T> together(List<Callable<T>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> call : calls) {
            running.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> result : running) {
            results.add(result.get(5, TimeUnit.MINUTES));
        }
        return results;
    }

    private static Map<Integer, Integer> countByStatus(List<Reply> replies) {
        Map<Integer, Integer> counts = new HashMap<>();
        replies.forEach(reply -> counts.merge(reply.status(), 1, Integer::sum));
        return counts;
    }

    private long cycle(String name) {
        return http().createCycle("Concurrency " + name, "2041-01-01", "2041-03-31").get("id").asLong();
    }

    private String objectiveBody(long cycle, String title) {
        return JSON.createObjectNode().put("cycleId", cycle).put("projectKey", "MKT").put("title", title).toString();
    }

    private long objective(long cycle, String title) {
        return created(http().postJson(REST + "/objectives", "lead", objectiveBody(cycle, title)));
    }

    private long metricKeyResult(long objective, String title) {
        return created(http().postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"" + title + "\",\"measure\":\"METRIC\",\"start\":0,\"target\":10000}"));
    }

    private long issuesKeyResult(long objective, String title) {
        return created(http().postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"" + title + "\",\"measure\":\"ISSUES\",\"weighting\":\"COUNT\"}"));
    }

    private static long created(Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }
}
