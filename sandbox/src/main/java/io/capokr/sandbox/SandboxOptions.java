package io.capokr.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the sandbox: {@code --port N} (2990, Jira's development port; 0 picks a free one),
 * {@code --data DIR} (./sandbox-data, holding the H2 database), {@code --host NAME} (localhost: the sample
 * users have no passwords, so the sandbox listens only on this machine unless told otherwise), and
 * {@code --db URL} to use another database instead: a JDBC URL (PostgreSQL: user and password as URL
 * parameters), or {@code mem} for an in-memory H2 that is gone on exit; {@code --load P:N} adds P load-test projects
 * (LOAD1…) of N issues each to the sample tracker, for the benchmark (none by default); {@code --node NAME} names this
 * node of a cluster of sandboxes sharing one database ({@value #DEFAULT_NODE} by default): the name its cluster locks
 * and scheduled runs are written under, so every node needs its own.
 */
public record SandboxOptions(int port, Path dataDirectory, String host, String database, Load load, String node) {

    /** Load-test projects for the sample tracker: how many, and how many issues each. */
    public record Load(int projects, int issuesPerProject) {

        public static final Load NONE = new Load(0, 0);

        public Load {
            if (projects < 0 || issuesPerProject < 0 || (long) projects * issuesPerProject > 5_000_000L) {
                throw new IllegalArgumentException("Load out of range: " + projects + ":" + issuesPerProject);
            }
        }

        static Load parse(String value) {
            String[] parts = value.split(":");
            try {
                if (parts.length == 2) {
                    return new Load(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--load takes PROJECTS:ISSUES, for example 1:50000\n" + USAGE);
        }
    }

    public static final int DEFAULT_PORT = 2990;
    public static final Path DEFAULT_DATA = Path.of("sandbox-data");
    public static final String DEFAULT_HOST = "localhost";
    public static final String IN_MEMORY = "mem";
    public static final String DEFAULT_NODE = "node1";

    public static final String USAGE = """
            Usage: java -jar cap-okr-sandbox.jar [--port N] [--data DIR] [--host NAME] [--db JDBC-URL|mem] [--load P:N] [--node NAME]
              --port  HTTP port (default 2990; 0 picks a free port)
              --data  directory of the H2 database (default ./sandbox-data)
              --host  interface to listen on (default localhost)
              --db    another database: a JDBC URL, or 'mem' for H2 in memory
              --load  P:N adds P load-test projects (LOAD1...) of N issues each, for the benchmark
              --node  this node's name when several sandboxes share one database (default node1)""";

    public SandboxOptions {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(node, "node");
        if (node.isBlank() || node.length() > 100) {
            throw new IllegalArgumentException("A node name has 1 to 100 characters: " + node);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, DEFAULT_DATA, DEFAULT_HOST, null, Load.NONE, DEFAULT_NODE);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, dataDirectory, host, database, load, node);
    }

    public SandboxOptions withDataDirectory(Path directory) {
        return new SandboxOptions(port, directory, host, database, load, node);
    }

    public SandboxOptions withDatabase(String jdbcUrlOrMem) {
        return new SandboxOptions(port, dataDirectory, host, jdbcUrlOrMem, load, node);
    }

    public SandboxOptions withLoad(Load newLoad) {
        return new SandboxOptions(port, dataDirectory, host, database, newLoad, node);
    }

    public SandboxOptions withNode(String name) {
        return new SandboxOptions(port, dataDirectory, host, database, load, name);
    }

    /** @throws IllegalArgumentException with a message fit for the command line */
    public static SandboxOptions parse(String... args) {
        SandboxOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + name + "\n" + USAGE);
            }
            String value = args[++i];
            options = switch (name) {
                case "--port" -> options.withPort(port(value));
                case "--data" -> options.withDataDirectory(Path.of(value));
                case "--host" -> new SandboxOptions(options.port, options.dataDirectory, value, options.database, options.load, options.node);
                case "--db" -> options.withDatabase(value);
                case "--load" -> options.withLoad(Load.parse(value));
                case "--node" -> options.withNode(value);
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            };
        }
        return options;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port number: " + value);
        }
    }
}
