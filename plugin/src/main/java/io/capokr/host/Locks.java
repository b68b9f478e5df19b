package io.capokr.host;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Cluster-wide mutual exclusion by name. Active Objects offers no conditional update, so a
 * read-check-write (an optimistic version check, "link unless already linked") is made atomic by
 * holding the lock of what it changes around the whole transaction, on every node of a cluster.
 */
public interface Locks {

    /**
     * Runs {@code work} while holding the lock named {@code name}. Throws {@link Busy} when the lock
     * cannot be had in reasonable time, rather than keeping a request waiting without end.
     */
    <T> T exclusively(String name, Supplier<T> work);

    /** How implementations hold a lock: wait at most {@code waitSeconds}, run, always release. */
    static <T> T holding(Lock lock, String name, long waitSeconds, Supplier<T> work) {
        try {
            if (!lock.tryLock(waitSeconds, TimeUnit.SECONDS)) {
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

    /** The lock stayed taken too long: someone else is changing the same thing. */
    final class Busy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Busy(String lockName) {
            super("Lock busy: " + lockName);
        }
    }
}
