package io.capokr.sandbox.host;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

    @Override
    public <T> T exclusively(String name, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new Busy(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(name);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
