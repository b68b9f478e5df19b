package io.capokr.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.capokr.aokit.TestDatabase;
import org.junit.rules.ExternalResource;

/**
 * Two sandbox nodes sharing one database, as a Data Center cluster's nodes share Jira's: each has its own HTTP server,
 * plugin beans, connection pool, sample tracker, cluster-lock and scheduler stand-ins, and they meet only in the
 * database. On PostgreSQL when {@code CAPOKR_TEST_DB} names one (as in CI), in a fresh schema dropped afterwards;
 * otherwise on one H2 file database.
 * <p>
 * Both nodes run in this test's JVM. That shares nothing the app could rely on: the plugin keeps no static state
 * (an ArchUnit rule holds it to that), so two nodes here meet exactly where two JVMs would.
 */
public final class TwoNodes extends ExternalResource {

    private Path dataDirectory;
    private String postgresSchema;
    private List<Sandbox> nodes = List.of();

    @Override
    protected void before() throws Throwable {
        dataDirectory = Files.createTempDirectory("capokr-two-nodes");
        SandboxOptions options = SandboxOptions.defaults().withPort(0).withDataDirectory(dataDirectory);
        String postgres = System.getenv(TestDatabase.URL_VARIABLE);
        if (postgres != null && !postgres.isBlank()) {
            postgresSchema = "capokr_dc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(postgres, "CREATE SCHEMA " + postgresSchema);
            options = options.withDatabase(postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + postgresSchema);
        }
        // One after the other, as an administrator adds a node: the first creates the tables and the sample data.
        Sandbox first = Sandbox.start(options.withNode("node1"));
        try {
            nodes = List.of(first, Sandbox.start(options.withNode("node2")));
        } catch (Exception | Error e) {
            first.close();
            throw e;
        }
    }

    @Override
    protected void after() {
        try {
            nodes.forEach(Sandbox::close);
        } finally {
            if (postgresSchema != null) {
                String postgres = System.getenv(TestDatabase.URL_VARIABLE);
                execute(postgres, "DROP SCHEMA " + postgresSchema + " CASCADE");
            }
            delete(dataDirectory);
        }
    }

    /** Node 0 or 1. */
    public Sandbox node(int index) {
        return nodes.get(index);
    }

    public SandboxHttp http(int index) {
        return new SandboxHttp(node(index).baseUri());
    }

    public boolean onPostgres() {
        return postgresSchema != null;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, Sandbox.urlParameter(url, "user"),
                Sandbox.urlParameter(url, "password"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "'", e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is not worth failing a test for
        }
    }
}
