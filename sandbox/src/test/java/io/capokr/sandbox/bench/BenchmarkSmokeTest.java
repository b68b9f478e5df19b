package io.capokr.sandbox.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.capokr.aokit.TestDatabase;
import org.junit.Test;

/**
 * The benchmark harness at its smoke scale (or the chosen one with {@code -Dcapokr.bench.scale=full}), on H2 and on
 * PostgreSQL when {@code CAPOKR_TEST_DB} is set, so that it keeps working between full runs. It asserts what holds
 * whatever the machine: the read models run the same number of statements at every size. Times are printed, and
 * written to {@code target/benchmark/}, not asserted.
 */
public class BenchmarkSmokeTest {

    @Test(timeout = 3_600_000)
    public void theHarnessRunsAndTheReadModelsStatementsDoNotGrowWithTheData() throws Exception {
        BenchmarkScale scale = BenchmarkScale.chosen();
        // -Dcapokr.bench.databases=h2 or =postgresql runs one of them only (both by default, PostgreSQL when configured).
        String only = System.getProperty("capokr.bench.databases", "both").toLowerCase(java.util.Locale.ROOT);
        List<String> databases = new ArrayList<>();
        if (!only.equals("postgresql")) {
            databases.add(null);
        }
        String postgres = System.getenv(TestDatabase.URL_VARIABLE);
        if (postgres != null && !postgres.isBlank() && !only.equals("h2")) {
            databases.add(postgres);
        }
        StringBuilder report = new StringBuilder();
        for (String database : databases) {
            List<OkrBenchmark.Row> rows = OkrBenchmark.run(scale, database);
            report.append(OkrBenchmark.table(database == null ? "H2 (file)" : "PostgreSQL", rows)).append('\n');
            assertEquals("the project read model's statements at every size", 1, statementsOf(rows, "GET /projects/{key}/okrs").stream().distinct().count());
            assertEquals("the company page's statements at every size", 1, statementsOf(rows, "GET /company/okrs (company page)").stream().distinct().count());
            assertTrue(rows.stream().anyMatch(row -> row.measure().startsWith("floor")));
        }
        System.out.println(report);
        java.nio.file.Path out = java.nio.file.Path.of("target", "benchmark", "benchmark-" + scale.name().toLowerCase(java.util.Locale.ROOT)
                + (only.equals("both") ? "" : "-" + only) + ".md");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, report.toString());
    }

    private static List<Integer> statementsOf(List<OkrBenchmark.Row> rows, String measure) {
        return rows.stream().filter(row -> row.measure().equals(measure)).map(OkrBenchmark.Row::statements).toList();
    }
}
