// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/bc/project/component/CachingProjectComponentStore.java (ClusterLock getLockForName(String)) ; /work/shared/JIRA-PLATFORM.md "Events and clustering"
package com.atlassian.beehive;

/** Compile-only mirror of beehive's ClusterLockService (members Cap calls only); inside Jira the real one is used. */
public interface ClusterLockService {

    /** The cluster-wide lock of this name; the same name gives the same lock on every node. */
    ClusterLock getLockForName(String lockName);
}
