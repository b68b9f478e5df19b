package io.capokr.host.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.capokr.host.Locks;
import org.junit.After;
import org.junit.Test;

/**
 * What every {@link Locks} promises: mutual exclusion by name, the work's value or exception passed through, the lock
 * always released, and {@link Locks.Busy} rather than an endless wait. Contended cases use other threads, because a
 * lock may be reentrant for the thread that holds it.
 */
public abstract class LocksContract {

    /** How long these tests let a contended lock be waited for before expecting {@link Locks.Busy}. */
    protected static final long SHORT_WAIT_SECONDS = 1;

    /** How long a test waits for something that should happen at once; only reached when the contract is broken. */
    private static final long PATIENCE_SECONDS = 20;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** A fresh implementation that gives up on a taken lock after {@code waitSeconds}. */
    protected abstract Locks locks(long waitSeconds);

    @After
    public void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    public void theWorkRunsAndItsValueIsReturned() {
        assertEquals("done", locks(SHORT_WAIT_SECONDS).exclusively("objective:1", () -> "done"));
    }

    @Test
    public void theWorksExceptionIsThrownAsItIs() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertEquals(boom, assertThrows(IllegalStateException.class,
                () -> locks(SHORT_WAIT_SECONDS).exclusively("objective:1", () -> {
                    throw boom;
                })));
    }

    @Test
    public void whileOneThreadHoldsANameAnotherWaitsForIt() throws Exception {
        Locks locks = locks(PATIENCE_SECONDS);
        Holder holder = hold(locks, "objective:1");
        AtomicBoolean secondRan = new AtomicBoolean();

        Future<String> second = threads.submit(() -> locks.exclusively("objective:1", () -> {
            secondRan.set(true);
            return "second";
        }));
        Thread.sleep(300);
        assertFalse("the second ran while the first held the lock", secondRan.get());

        holder.release();
        assertEquals("second", second.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    public void manyThreadsOnTheSameNameNeverOverlap() throws Exception {
        Locks locks = locks(PATIENCE_SECONDS);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            workers.add(threads.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    locks.exclusively("keyresult:7", () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        return runs.incrementAndGet();
                    });
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }

        assertEquals(100, runs.get());
        assertEquals(1, mostInside.get());
    }

    @Test
    public void differentNamesDoNotBlockEachOther() throws Exception {
        Locks locks = locks(PATIENCE_SECONDS);
        Holder holder = hold(locks, "objective:1");
        try {
            Future<String> other = threads.submit(() -> locks.exclusively("objective:2", () -> "other"));

            assertEquals("other", other.get(PATIENCE_SECONDS / 2, TimeUnit.SECONDS));
        } finally {
            holder.release();
        }
    }

    @Test
    public void theLockIsReleasedWhenTheWorkThrows() throws Exception {
        Locks locks = locks(SHORT_WAIT_SECONDS);
        assertThrows(IllegalStateException.class, () -> locks.exclusively("objective:1", () -> {
            throw new IllegalStateException("boom");
        }));

        Future<String> afterwards = threads.submit(() -> locks.exclusively("objective:1", () -> "free"));

        assertEquals("free", afterwards.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    public void aLockHeldTooLongIsBusyTheWorkDoesNotRunAndTheLockIsStillUsableAfterwards() throws Exception {
        Locks locks = locks(SHORT_WAIT_SECONDS);
        Holder holder = hold(locks, "objective:1");
        AtomicBoolean ran = new AtomicBoolean();

        Future<Object> waiter = threads.submit(() -> locks.exclusively("objective:1", () -> ran.getAndSet(true)));
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> waiter.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue("expected Busy, got " + refused.getCause(), refused.getCause() instanceof Locks.Busy);
        assertFalse(ran.get());

        holder.release();
        assertEquals("again", threads.submit(() -> locks.exclusively("objective:1", () -> "again"))
                .get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    /** Takes the lock {@code name} on another thread and keeps it until {@link Holder#release()}. */
    private Holder hold(Locks locks, String name) throws InterruptedException {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> holding = threads.submit(() -> locks.exclusively(name, () -> {
            taken.countDown();
            try {
                return release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertTrue("the lock " + name + " could not be taken", taken.await(PATIENCE_SECONDS, TimeUnit.SECONDS));
        return () -> {
            release.countDown();
            holding.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        };
    }

    @FunctionalInterface
    private interface Holder {
        void release() throws Exception;
    }
}
