package io.capokr.jira;

import java.util.function.Supplier;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.capokr.host.Locks;

/** {@link Locks} on Jira's cluster lock service, so one node's edit excludes another node's. */
public class ClusterLocks implements Locks {

    /** Long enough for any of our transactions; short enough that a stuck one does not hang the UI. */
    static final long WAIT_SECONDS = 10;
    private static final String PREFIX = "io.capokr.jira.";

    private final ClusterLockService lockService;
    private final long waitSeconds;

    public ClusterLocks(ClusterLockService lockService) {
        this(lockService, WAIT_SECONDS);
    }

    /** For tests: waits {@code waitSeconds} for a taken lock. */
    ClusterLocks(ClusterLockService lockService, long waitSeconds) {
        this.lockService = lockService;
        this.waitSeconds = waitSeconds;
    }

    @Override
    public <T> T exclusively(String name, Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(PREFIX + name);
        return Locks.holding(lock, name, waitSeconds, work);
    }
}
