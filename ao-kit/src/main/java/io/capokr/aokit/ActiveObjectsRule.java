package io.capokr.aokit;

import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.junit.rules.ExternalResource;

/**
 * Gives a test a real {@link ActiveObjects} on AO's EntityManager, with the entities migrated into an
 * empty database: a private H2 in memory, or a fresh schema of the PostgreSQL database named by
 * {@code CAPOKR_TEST_DB} (see {@link TestDatabase}). Tables are named as Jira names them.
 */
public final class ActiveObjectsRule extends ExternalResource {

    private final TestDatabase kind;
    private final String namespace;
    private final List<Class<? extends RawEntity<?>>> entities;
    private Database database;
    private LocalActiveObjects activeObjects;

    @SafeVarargs
    public ActiveObjectsRule(TestDatabase kind, String namespace, Class<? extends RawEntity<?>>... entities) {
        this.kind = kind;
        this.namespace = namespace;
        this.entities = List.of(entities);
    }

    @Override
    protected void before() {
        database = kind.open(namespace);
        activeObjects = new LocalActiveObjects(database.entityManager());
        activeObjects.migrate(entities.toArray(Class[]::new));
    }

    @Override
    protected void after() {
        if (database != null) {
            database.close();
        }
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public String tablePrefix() {
        return new JiraTablePrefix(namespace).value();
    }

    /** Starts recording the SQL statements AO runs, until the returned log is closed. */
    public StatementLog recordStatements() {
        return database.recordStatements();
    }

    public Database database() {
        return database;
    }
}
