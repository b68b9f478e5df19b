package io.capokr.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.sandbox.SandboxHttp.Reply;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every write the sandbox answered 2xx survives the process being killed (SIGKILL, no shutdown of any kind) and
 * restarted on the same data, as it would in Jira's database: check-ins written by several clients at once, the
 * process killed while they write, over several rounds. {@code -Dcapokr.crash.rounds=N} runs more rounds.
 */
public class CrashDurabilityIT {

    private static final int ROUNDS = Integer.getInteger("capokr.crash.rounds", 3);
    private static final int CLIENTS = 4;

    @Rule
    public final TemporaryFolder data = new TemporaryFolder();

    @Test(timeout = 600_000)
    public void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Path directory = data.getRoot().toPath();
        long keyResult;
        try (SandboxProcess sandbox = SandboxProcess.start(directory)) {
            keyResult = metricKeyResultOfMkt(sandbox.http());
        }
        List<Long> acknowledged = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            SandboxProcess sandbox = SandboxProcess.start(directory);
            ConcurrentLinkedQueue<Long> written = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                clients.submit(() -> {
                    SandboxHttp http = sandbox.http();
                    for (int i = 0; writing.get(); i++) {
                        try {
                            Reply reply = http.postJson(SandboxHttp.REST + "/keyresults/" + keyResult + "/checkins", "lead",
                                    "{\"value\":" + (i % 300) + ",\"confidence\":\"ON_TRACK\",\"note\":\"client " + number + " #" + i + "\"}");
                            if (reply.status() / 100 == 2) {
                                written.add(reply.json().get("id").asLong());
                            }
                        } catch (RuntimeException refusedWhileDying) {
                            return;
                        }
                    }
                });
            }
            // Let the clients write for a while, then kill the process under them.
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
            while (System.nanoTime() < until || written.size() < 50) {
                Thread.sleep(50);
            }
            sandbox.kill();
            writing.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            acknowledged.addAll(written);

            try (SandboxProcess restarted = SandboxProcess.start(directory)) {
                List<Long> lost = new ArrayList<>();
                SandboxHttp http = restarted.http();
                for (long id : acknowledged) {
                    if (http.get(SandboxHttp.REST + "/keyresults/" + keyResult + "/checkins/" + id, "lead").status() != 200) {
                        lost.add(id);
                    }
                }
                assertEquals("round " + round + ": of " + acknowledged.size() + " acknowledged check-ins, lost " + lost,
                        List.of(), lost);
            }
        }
    }

    /** A metric key result of MKT that the lead may check in on, from the sample data. */
    private static long metricKeyResultOfMkt(SandboxHttp http) {
        JsonNode okrs = http.get(SandboxHttp.REST + "/projects/MKT/okrs", "lead").json();
        for (JsonNode objective : okrs.get("objectives")) {
            for (JsonNode row : objective.get("keyResults")) {
                if ("METRIC".equals(row.get("keyResult").get("measure").asText()) && row.get("canWork").asBoolean()) {
                    return row.get("keyResult").get("id").asLong();
                }
            }
        }
        throw new AssertionError("no metric key result the lead works on in " + okrs);
    }
}
