package io.capokr.aokit;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * A database AO can work on: H2 (in memory or in a file) or PostgreSQL, with AO's EntityManager
 * configured the way Jira configures it: Atlassian name converters and the plugin's table prefix.
 * <p>
 * Connections come from a pool, as they do in Jira: a read outside a transaction runs each statement on a connection
 * of its own, and opening a PostgreSQL connection costs milliseconds, which would make the figures measure connection
 * set-up rather than the app. AO's builder offers only pools that are no longer maintained (DBCP 1, c3p0, proxool,
 * dbpool), so the pool is HikariCP and AO's provider is made on it directly.
 */
public final class Database implements Closeable {

    /**
     * Without a schema, AO's H2 support reads H2's own INFORMATION_SCHEMA tables as if they were ours
     * and fails; Jira's H2 databases name PUBLIC too.
     */
    private static final String H2_SCHEMA = "PUBLIC";

    static {
        // AO's own transactions default to SERIALIZABLE; inside Jira, AO joins Jira's transactions, which run
        // at READ COMMITTED (believed, not verified). Tests and the sandbox should meet the races Jira meets,
        // not fail where Jira would not; a caller may still choose otherwise with the same property.
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private final String url;
    /**
     * At most this many connections at once: more than the sandbox's busiest moment needs. A caller that finds them all
     * taken waits {@link #CONNECTION_WAIT_MS} and then fails, rather than hanging.
     */
    static final int POOL_SIZE = 20;
    static final long CONNECTION_WAIT_MS = 30_000;

    private final HikariDataSource pool;
    private final EntityManager entityManager;
    private final Runnable onClose;

    private Database(String url, String user, String password, String schema, String namespace, Runnable onClose) {
        this.url = url;
        this.onClose = onClose;
        this.pool = pool(url, user, password);
        try {
            this.entityManager = new EntityManager(provider(url, pool, schema), new Configuration(namespace));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A private, empty H2 database in memory; it disappears on {@link #close()}. */
    public static Database inMemory(String namespace) {
        String url = "jdbc:h2:mem:capokr-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new Database(url, "sa", "", H2_SCHEMA, namespace, () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    /**
     * An H2 database in {@code directory}, kept across restarts. {@code WRITE_DELAY=0}: H2 writes each commit to its
     * file before answering (by default it waits up to half a second), so that a write the app acknowledged survives
     * the process being killed, as it does in Jira's database.
     */
    public static Database h2File(java.nio.file.Path directory, String namespace) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("capokr") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
        return new Database(url, "sa", "", H2_SCHEMA, namespace, () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    /**
     * A fresh schema in the PostgreSQL database at {@code jdbcUrl} (user and password may be given as
     * URL parameters); the schema is dropped on {@link #close()}, so tests never see each other's rows.
     */
    public static Database freshPostgresSchema(String jdbcUrl, String namespace) {
        String schema = "capokr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String user = urlParameter(jdbcUrl, "user");
        String password = urlParameter(jdbcUrl, "password");
        execute(jdbcUrl, user, password, "CREATE SCHEMA " + schema);
        // The connections' own search path names the schema too, so that tables a caller creates with plain SQL
        // (the sandbox's settings, locks and scheduled runs) are dropped with it instead of landing in a shared one.
        String inSchema = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Database(inSchema, user, password, schema, namespace,
                () -> execute(jdbcUrl, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /**
     * Any JDBC URL AO supports, used as it is: tables are created in the default schema, or in the one a PostgreSQL
     * URL names with {@code currentSchema=} (AO is then told it too, so that it reads no other schema's tables).
     */
    public static Database at(String jdbcUrl, String user, String password, String namespace) {
        String schema = urlParameter(jdbcUrl, "currentSchema");
        return new Database(jdbcUrl, user, password, schema == null || schema.isBlank() ? null : schema, namespace, () -> { });
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Starts recording the SQL statements AO runs on this database, until the log is closed. */
    public StatementLog recordStatements() {
        return new StatementLog(entityManager.getProvider());
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
        onClose.run();
    }

    /**
     * Connections for work that must not join the calling thread's AO transaction (a cluster lock, say, which other
     * nodes must see at once): they come from the same pool, but AO never hands them to anyone else meanwhile.
     */
    public DataSource independentConnections() {
        return pool;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(nullToEmpty(password));
        }
        config.setMaximumPoolSize(POOL_SIZE);
        // Connections are opened when first needed, so that a test's small database costs one, not twenty.
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECTION_WAIT_MS);
        config.setPoolName("capokr-" + UUID.randomUUID().toString().substring(0, 8));
        return new HikariDataSource(config);
    }

    private static DatabaseProvider provider(String url, HikariDataSource pool, String schema) {
        var dataSource = DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close);
        if (url.startsWith("jdbc:h2:")) {
            return new H2DatabaseProvider(dataSource, schema);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgreSQLDatabaseProvider(dataSource, schema);
        }
        throw new IllegalArgumentException("Only H2 and PostgreSQL databases are supported: " + url);
    }

    /** What AO's builder configures by default, with Jira's name converters and the plugin's table prefix. */
    private static final class Configuration implements EntityManagerConfiguration {

        private final NameConverters names;
        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        private final SchemaConfiguration schemaConfiguration = new DefaultSchemaConfiguration();

        Configuration(String namespace) {
            names = new SimpleNameConverters(new AtlassianTableNameConverter(new JiraTablePrefix(namespace)),
                    new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                    new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                    new AtlassianUniqueNameConverter());
        }

        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return schemaConfiguration;
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }

    /**
     * The pool hands its user and password to the driver, where they would win over those written in the URL; so a
     * URL's own credentials are read out and given to the pool.
     */
    private static String urlParameter(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = user == null
                ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, nullToEmpty(password));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }
}
