package io.capokr.sandbox.host;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.capokr.host.Locks;

/**
 * {@link Locks} for a sandbox, which is a cluster of one: a lock per name in this JVM, waiting as
 * long as Jira's cluster locks do before giving up.
 */
public final class SandboxLocks implements Locks {

    private static final long WAIT_SECONDS = 10;

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final long waitSeconds;

    public SandboxLocks() {
        this(WAIT_SECONDS);
    }

    /** For tests: waits {@code waitSeconds} for a taken lock. */
    SandboxLocks(long waitSeconds) {
        this.waitSeconds = waitSeconds;
    }

    @Override
    public <T> T exclusively(String name, Supplier<T> work) {
        return Locks.holding(locks.computeIfAbsent(name, n -> new ReentrantLock()), name, waitSeconds, work);
    }
}
