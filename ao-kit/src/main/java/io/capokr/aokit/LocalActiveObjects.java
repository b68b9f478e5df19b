package io.capokr.aokit;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link ActiveObjects} on a plain AO {@link EntityManager}: what Jira's AO plugin gives the app, minus
 * the plugin plumbing. As in Jira, SQL failures surface as unchecked {@link ActiveObjectsException}s and
 * {@link #executeInTransaction} commits when the callback returns and rolls back when it throws.
 */
public final class LocalActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    /** Inside Jira a nested executeInTransaction joins the outer transaction; AO's Transaction does not. */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public LocalActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return run(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return run(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        run(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return run(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        } finally {
            inTransaction.remove();
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T run(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
