package io.capokr.sandbox.bench;

import static io.capokr.sandbox.SandboxHttp.REST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capokr.aokit.StatementLog;
import io.capokr.sandbox.Sandbox;
import io.capokr.sandbox.SandboxHttp;
import io.capokr.sandbox.SandboxHttp.Reply;
import io.capokr.sandbox.SandboxOptions;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.store.InitiativeEntity;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.ObjectiveEntity;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * The benchmark harness of issue 11: builds OKRs at a given scale in a sandbox of its own (H2 file database, or the
 * PostgreSQL of {@code CAPOKR_TEST_DB}), through the REST API as users would, then measures what teams and managers
 * do: the project read model at three sizes against the floor (one hand-written indexed SQL aggregate computing the
 * same per-key-result done/total counts), bulk link, check-ins with 1 and N clients, the issue panel, the weekly view
 * and the company page, each with its SQL statement count. Times are wall-clock over HTTP on this machine, p50 and
 * p95 of the timed requests after as many warm-up ones. A harness, not a test: {@code BenchmarkSmokeTest} runs it
 * (at the smoke scale in CI, so that it keeps working; at full scale on demand), and asserts only what must hold whatever the machine (statement
 * counts that do not grow with data).
 */
public final class OkrBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One measured line of the report. */
    public record Row(String measure, String size, double p50, double p95, int statements, String note) {
    }

    private final BenchmarkScale scale;
    private final String database;
    private final List<Row> rows = new ArrayList<>() {
        @Override
        public boolean add(Row row) {
            // Printed as soon as measured: a long full-scale run shows its progress, and what it measured so far.
            System.out.println(String.format(Locale.ROOT, "%s | %s | %s | p50 %.2f ms | p95 %.2f ms | %d statements | %s",
                    database == null ? "H2" : "PostgreSQL", row.measure(), row.size(), row.p50(), row.p95(),
                    row.statements(), row.note()));
            return super.add(row);
        }
    };

    private OkrBenchmark(BenchmarkScale scale, String database) {
        this.scale = scale;
        this.database = database;
    }

    /** Runs every measure on {@code database} (null: an H2 file database in a temporary directory). */
    public static List<Row> run(BenchmarkScale scale, String database) throws Exception {
        OkrBenchmark benchmark = new OkrBenchmark(scale, database);
        benchmark.projectMeasures();
        benchmark.companyMeasures();
        return benchmark.rows;
    }

    /** The report of one database as a Markdown table. */
    public static String table(String databaseName, List<Row> rows) {
        StringBuilder text = new StringBuilder("### " + databaseName + "\n\n"
                + "| measure | size | p50 ms | p95 ms | SQL statements | note |\n|---|---|---:|---:|---:|---|\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %d | %s |%n", row.measure(), row.size(),
                    row.p50(), row.p95(), row.statements(), row.note()));
        }
        return text.toString();
    }

    private void projectMeasures() throws Exception {
        int projects = scale.keyResults.size();
        try (Started started = start(new SandboxOptions.Load(projects, scale.largestProjectIssues()))) {
            SandboxHttp http = started.http();
            long cycle = activeCycle(http, "Benchmark");
            for (int index = 0; index < projects; index++) {
                String project = SampleTracker.LOAD_PREFIX + (index + 1);
                int keyResults = scale.keyResults.get(index);
                build(http, cycle, project, keyResults, null);
                String size = keyResults + " KRs, " + keyResults * scale.linksPerKeyResult + " links";
                measure(started, "GET /projects/{key}/okrs", size, () -> http.get(REST + "/projects/" + project
                        + "/okrs?cycleId=" + cycle, "lead"));
                Percentiles floor = floor(started.sandbox(), cycle, 20_000L + index + 1);
                Row read = rows.get(rows.size() - 1);
                rows.add(new Row("floor: one SQL aggregate", size, floor.p50(), floor.p95(), 1,
                        String.format(Locale.ROOT, "read model / floor at p50: %.1f×", read.p50() / floor.p50())));
            }
            String largest = SampleTracker.LOAD_PREFIX + projects;
            bulkLink(started, cycle, largest);
            checkIns(started, cycle, largest);
            measure(started, "GET /issues/{key}/keyresults (issue panel)", "issue linked to 1 KR",
                    () -> http.get(REST + "/issues/" + largest + "-1/keyresults", "lead"));
            measure(started, "GET /projects/{key}/weekly", scale.keyResults.get(projects - 1) + " KRs",
                    () -> http.get(REST + "/projects/" + largest + "/weekly?cycleId=" + cycle, "lead"));
        }
    }

    private void companyMeasures() throws Exception {
        int projects = scale.companyProjects;
        try (Started started = start(new SandboxOptions.Load(projects, scale.companyKeyResults * scale.linksPerKeyResult))) {
            SandboxHttp http = started.http();
            long cycle = activeCycle(http, "Benchmark company");
            long companyObjective = created(http.postJson(REST + "/objectives", "admin", JSON.createObjectNode()
                    .put("cycleId", cycle).put("title", "Company objective").toString())).get("id").asLong();
            int tenth = Math.max(1, projects / 10);
            for (int number = 1; number <= projects; number++) {
                build(http, cycle, SampleTracker.LOAD_PREFIX + number, scale.companyKeyResults, companyObjective);
                if (number == tenth || number == projects) {
                    int keyResults = number * scale.companyKeyResults;
                    measure(started, "GET /company/okrs (company page)", number + " projects, " + keyResults + " KRs, "
                            + keyResults * scale.linksPerKeyResult + " links",
                            () -> http.get(REST + "/company/okrs?cycleId=" + cycle, "admin"));
                }
            }
        }
    }

    /** Objectives of five key results each, each key result measured by its own issues, linked in one request. */
    private void build(SandboxHttp http, long cycle, String project, int keyResults, Long parent) {
        int issue = 1;
        long objective = 0;
        for (int kr = 0; kr < keyResults; kr++) {
            if (kr % 5 == 0) {
                ObjectNode body = JSON.createObjectNode().put("cycleId", cycle).put("projectKey", project)
                        .put("title", "Objective " + (kr / 5 + 1) + " of " + project);
                if (parent != null) {
                    body.put("parentId", parent);
                }
                objective = created(http.postJson(REST + "/objectives", "lead", body.toString())).get("id").asLong();
            }
            long keyResult = created(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                    "{\"title\":\"Key result " + (kr + 1) + "\",\"measure\":\"ISSUES\"}")).get("id").asLong();
            int from = issue;
            link(http, keyResult, scale.linksPerKeyResult, n -> project + "-" + (from + n));
            issue += scale.linksPerKeyResult;
        }
    }

    private void bulkLink(Started started, long cycle, String project) {
        SandboxHttp http = started.http();
        long objective = created(http.postJson(REST + "/objectives", "lead", JSON.createObjectNode().put("cycleId", cycle)
                .put("projectKey", project).put("title", "Bulk").toString())).get("id").asLong();
        long keyResult = created(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Bulk link\",\"measure\":\"ISSUES\"}")).get("id").asLong();
        long start = System.nanoTime();
        int statements;
        try (StatementLog log = started.sandbox().recordStatements()) {
            link(http, keyResult, scale.bulkKeys, n -> project + "-" + (n + 1));
            statements = log.count();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        rows.add(new Row("POST /keyresults/{id}/issues (bulk link)", scale.bulkKeys + " keys in one request", millis,
                millis, statements, "one request"));
    }

    private void checkIns(Started started, long cycle, String project) throws Exception {
        SandboxHttp http = started.http();
        long objective = created(http.postJson(REST + "/objectives", "lead", JSON.createObjectNode().put("cycleId", cycle)
                .put("projectKey", project).put("title", "Check-ins").toString())).get("id").asLong();
        long keyResult = created(http.postJson(REST + "/objectives/" + objective + "/keyresults", "lead",
                "{\"title\":\"Signups\",\"measure\":\"METRIC\",\"start\":0,\"target\":1000,\"unit\":\"signups\"}"))
                .get("id").asLong();
        String path = REST + "/keyresults/" + keyResult + "/checkins";
        for (int clients : List.of(1, scale.clients)) {
            Percentiles timings = new Percentiles();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < scale.checkInsPerClient; i++) {
                        long before = System.nanoTime();
                        created(http.postJson(path, "lead", "{\"value\":" + i + ",\"confidence\":\"ON_TRACK\"}"));
                        timings.add((System.nanoTime() - before) / 1e6);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            int statements;
            try (StatementLog log = started.sandbox().recordStatements()) {
                created(http.postJson(path, "lead", "{\"value\":1,\"confidence\":\"ON_TRACK\"}"));
                statements = log.count();
            }
            rows.add(new Row("POST /keyresults/{id}/checkins", clients + (clients == 1 ? " client" : " clients"),
                    timings.p50(), timings.p95(), statements,
                    String.format(Locale.ROOT, "%.0f check-ins/s", timings.count() / seconds)));
        }
    }

    /** Warm-up, then timed requests, and the statements of one more. */
    private void measure(Started started, String measure, String size, java.util.function.Supplier<Reply> call) {
        for (int i = 0; i < scale.requests; i++) {
            ok(call.get());
        }
        Percentiles timings = Percentiles.of(scale.requests, () -> ok(call.get()));
        int statements;
        try (StatementLog log = started.sandbox().recordStatements()) {
            ok(call.get());
            statements = log.count();
        }
        rows.add(new Row(measure, size, timings.p50(), timings.p95(), statements, timings.count() + " requests"));
    }

    /**
     * The floor: the per-key-result done and total counts of one project's objectives in the cycle, in one
     * hand-written SQL statement with the database's own indexes, timed as the read model is.
     */
    private Percentiles floor(Sandbox sandbox, long cycle, long projectId) throws SQLException {
        EntityManager entities = sandbox.database().entityManager();
        DatabaseProvider provider = entities.getProvider();
        String links = provider.withSchema(entities.getTableNameConverter().getName(InitiativeEntity.class));
        String keyResults = provider.withSchema(entities.getTableNameConverter().getName(KeyResultEntity.class));
        String objectives = provider.withSchema(entities.getTableNameConverter().getName(ObjectiveEntity.class));
        String sql = "SELECT l." + id(provider, InitiativeEntity.KEY_RESULT_ID) + ", COUNT(*), SUM(CASE WHEN l."
                + id(provider, InitiativeEntity.STATUS_CATEGORY) + " = 'DONE' THEN 1 ELSE 0 END)"
                + " FROM " + links + " l JOIN " + keyResults + " k ON k." + id(provider, KeyResultEntity.ID) + " = l."
                + id(provider, InitiativeEntity.KEY_RESULT_ID)
                + " JOIN " + objectives + " o ON o." + id(provider, ObjectiveEntity.ID) + " = k."
                + id(provider, KeyResultEntity.OBJECTIVE_ID)
                + " WHERE o." + id(provider, ObjectiveEntity.CYCLE_ID) + " = ? AND o." + id(provider, ObjectiveEntity.PROJECT_ID)
                + " = ? AND l." + id(provider, InitiativeEntity.ID) + " > ? GROUP BY l." + id(provider, InitiativeEntity.KEY_RESULT_ID);
        try (Connection connection = provider.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, cycle);
            statement.setLong(2, projectId);
            int[] run = {0};
            Runnable query = () -> {
                // A bound that is always true but new each time: H2 would otherwise hand back the result it kept.
                run[0]++;
                int found = 0;
                try {
                    statement.setLong(3, -run[0]);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            result.getLong(2);
                            found++;
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(sql, e);
                }
                if (found == 0) {
                    throw new IllegalStateException("The floor query found no links: " + sql);
                }
            };
            Percentiles.of(scale.requests, query);
            return Percentiles.of(scale.requests, query);
        }
    }

    private static String id(DatabaseProvider provider, String column) {
        return provider.processID(column);
    }

    private long activeCycle(SandboxHttp http, String name) {
        LocalDate today = LocalDate.now();
        long cycle = http.createCycle(name, today.minusDays(30).toString(), today.plusDays(59).toString()).get("id").asLong();
        ok(http.postJson(REST + "/cycles/" + cycle + "/start", "admin", "{}"));
        return cycle;
    }

    private static void link(SandboxHttp http, long keyResult, int count, IntFunction<String> key) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode keys = body.putArray("issueKeys");
        for (int n = 0; n < count; n++) {
            keys.add(key.apply(n));
        }
        ok(http.postJson(REST + "/keyresults/" + keyResult + "/issues", "lead", body.toString()));
    }

    private static JsonNode created(Reply reply) {
        if (reply.status() != 201 && reply.status() != 200) {
            throw new IllegalStateException("Refused: " + reply);
        }
        return reply.json();
    }

    private static Reply ok(Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("Refused: " + reply);
        }
        return reply;
    }

    private Started start(SandboxOptions.Load load) throws Exception {
        Path data = Files.createTempDirectory("capokr-benchmark");
        SandboxOptions options = SandboxOptions.defaults().withPort(0).withDataDirectory(data).withLoad(load);
        String schema = null;
        if (database != null) {
            // A schema of its own, dropped afterwards: every run starts from empty tables, as on H2.
            schema = "capokr_bench_" + Long.toHexString(System.nanoTime());
            execute(database, "CREATE SCHEMA " + schema);
            options = options.withDatabase(database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }
        return new Started(Sandbox.start(options), data, database, schema);
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A sandbox started for one part of the benchmark, its data directory and PostgreSQL schema, gone on close. */
    private record Started(Sandbox sandbox, Path data, String database, String schema) implements AutoCloseable {

        SandboxHttp http() {
            return new SandboxHttp(sandbox.baseUri());
        }

        @Override
        public void close() throws IOException, SQLException {
            sandbox.close();
            if (schema != null) {
                execute(database, "DROP SCHEMA " + schema + " CASCADE");
            }
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
