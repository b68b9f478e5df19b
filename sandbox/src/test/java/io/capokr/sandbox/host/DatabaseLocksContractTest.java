package io.capokr.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.capokr.aokit.Database;
import io.capokr.aokit.TestDatabase;
import io.capokr.host.Locks;
import io.capokr.host.contract.LocksContract;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The sandbox's cluster locks keep the port's promises on one node, and hold across two nodes sharing a database (two
 * instances under different node names, as two sandbox processes would be), on H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class DatabaseLocksContractTest extends LocksContract {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    private final Database database;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public DatabaseLocksContractTest(TestDatabase kind) {
        this.database = kind.open("io.capokr.jira");
    }

    @After
    public void close() {
        threads.shutdownNow();
        database.close();
    }

    @Override
    protected Locks locks(long waitSeconds) {
        return new DatabaseLocks(database.independentConnections(), "node1", waitSeconds);
    }

    @Test
    public void twoNodesNeverHoldOneNameAtOnce() throws Exception {
        DatabaseLocks first = new DatabaseLocks(database.independentConnections(), "node1", 20);
        DatabaseLocks second = new DatabaseLocks(database.independentConnections(), "node2", 20);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            DatabaseLocks node = worker % 2 == 0 ? first : second;
            workers.add(threads.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    node.exclusively("keyresult.7", () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        return inside.decrementAndGet();
                    });
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }

        assertEquals(1, mostInside.get());
        assertEquals("every lock released", 0, first.held());
    }

    @Test
    public void aNodeWaitsForTheOtherNodesLockAndGivesUpWithBusy() throws Exception {
        DatabaseLocks first = new DatabaseLocks(database.independentConnections(), "node1", 20);
        DatabaseLocks second = new DatabaseLocks(database.independentConnections(), "node2", 1);
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> holder = threads.submit(() -> first.exclusively("cycle.3", () -> {
            taken.countDown();
            return await(release);
        }));
        assertTrue(taken.await(20, TimeUnit.SECONDS));
        AtomicBoolean ran = new AtomicBoolean();

        assertThrows(Locks.Busy.class, () -> second.exclusively("cycle.3", () -> ran.getAndSet(true)));
        assertFalse(ran.get());

        release.countDown();
        holder.get(20, TimeUnit.SECONDS);
        assertEquals("free", second.exclusively("cycle.3", () -> "free"));
    }

    @Test
    public void aThreadHoldingALockMayTakeItAgain() {
        Locks locks = locks(1);

        assertEquals("inner", locks.exclusively("objective.1", () -> locks.exclusively("objective.1", () -> "inner")));
        assertEquals(0, ((DatabaseLocks) locks).held());
    }

    @Test
    public void aNodeStartingAgainReleasesTheLocksItHeldWhenItDied() throws Exception {
        new DatabaseLocks(database.independentConnections(), "node1", 1);
        try (Connection connection = database.independentConnections().getConnection();
             PreparedStatement leftOver = connection.prepareStatement("INSERT INTO " + DatabaseLocks.TABLE
                     + " (LOCK_NAME, NODE_ID, LOCKED_AT) VALUES (?, ?, 0)")) {
            leftOver.setString(1, "objective.9");
            leftOver.setString(2, "node1");
            leftOver.executeUpdate();
            leftOver.setString(1, "objective.10");
            leftOver.setString(2, "node2");
            leftOver.executeUpdate();
        }

        DatabaseLocks restarted = new DatabaseLocks(database.independentConnections(), "node1", 1);

        assertEquals("taken at once", "mine again", restarted.exclusively("objective.9", () -> "mine again"));
        assertThrows("another node's lock is kept", Locks.Busy.class,
                () -> restarted.exclusively("objective.10", () -> "never"));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
