package io.capokr.aokit;

import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.junit.rules.ExternalResource;

/**
 * Gives a test a real {@link ActiveObjects} on AO's EntityManager, with the entities migrated into an
 * empty database: H2 in memory by default, or a fresh schema of the PostgreSQL database named by the
 * JDBC URL in the environment variable {@code CAPOKR_TEST_DB}. Tables are named as Jira names them.
 */
public final class ActiveObjectsRule extends ExternalResource {

    public static final String TEST_DB_VARIABLE = "CAPOKR_TEST_DB";

    private final String namespace;
    private final List<Class<? extends RawEntity<?>>> entities;
    private Database database;
    private LocalActiveObjects activeObjects;

    @SafeVarargs
    public ActiveObjectsRule(String namespace, Class<? extends RawEntity<?>>... entities) {
        this.namespace = namespace;
        this.entities = List.of(entities);
    }

    @Override
    protected void before() {
        database = openDatabase(namespace);
        activeObjects = new LocalActiveObjects(database.entityManager());
        activeObjects.migrate(entities.toArray(Class[]::new));
    }

    @Override
    protected void after() {
        if (database != null) {
            database.close();
        }
    }

    /** The database the tests run on: the one {@code CAPOKR_TEST_DB} names, else a private H2 in memory. */
    public static Database openDatabase(String namespace) {
        String url = System.getenv(TEST_DB_VARIABLE);
        if (url == null || url.isBlank()) {
            return Database.inMemory(namespace);
        }
        return Database.freshPostgresSchema(url.trim(), namespace);
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public String tablePrefix() {
        return new JiraTablePrefix(namespace).value();
    }

    /** Starts recording the SQL statements AO runs, until the returned log is closed. */
    public StatementLog recordStatements() {
        return new StatementLog(database.entityManager().getProvider());
    }

    public Database database() {
        return database;
    }
}
