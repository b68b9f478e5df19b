// Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html ; https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/internal/EntityManagedActiveObjects.html ; create(Class, List<Map>) (batch create): activeobjects-plugin 5.x/6.x com.atlassian.activeobjects.internal.EntityManagedActiveObjects delegates it to net.java.ao.EntityManager#create(Class, List<Map<String,Object>>) (AO 6.1.1, javap)
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Compile-only mirror of the Active Objects plugin service interface; declares only the members Cap calls.
 * Inside Jira the real interface is used.
 */
public interface ActiveObjects {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /** Creates a row per map in one batched statement; returns nothing (no entities, no keys). */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
