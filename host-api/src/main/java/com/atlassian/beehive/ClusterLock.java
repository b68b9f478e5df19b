// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/bc/project/component/CachingProjectComponentStore.java (lock()/unlock() on a ClusterLock) ; /work/shared/JIRA-PLATFORM.md "ClusterLock (interface, extends java.util.concurrent.locks.Lock)"
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Compile-only mirror of beehive's ClusterLock: a {@link Lock} held across the cluster. */
public interface ClusterLock extends Lock {
}
