// Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html ; https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
package com.atlassian.sal.api.transaction;

/** Compile-only mirror of SAL's transaction callback; inside Jira the real interface is used. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
