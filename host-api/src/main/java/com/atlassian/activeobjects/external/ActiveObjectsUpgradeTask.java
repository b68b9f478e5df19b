// Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html ; https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
package com.atlassian.activeobjects.external;

/**
 * Compile-only mirror of the Active Objects plugin's upgrade task interface. Inside Jira the real one is used:
 * the AO plugin runs each task whose model version is newer than the database's, in order, before it migrates
 * the descriptor's entities, and records the version after each.
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
