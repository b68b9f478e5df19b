package io.capokr.sandbox.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.capokr.host.Locks;

/**
 * {@link Locks} across every sandbox node that shares the database, standing in for Jira's cluster locks, which also
 * live in a database table: a lock is held by the node that inserted its row, and released by deleting it. Threads of
 * one node first queue on a lock of their own in memory, so that only one of them at a time asks the database, and a
 * thread that already holds a lock may take it again, as with Jira's.
 * <p>
 * A node that dies holding a lock leaves its row behind; the node removes the rows under its name when it starts
 * again, so every node needs a name of its own ({@code --node}).
 */
public final class DatabaseLocks implements Locks {

    static final String TABLE = "SANDBOX_CLUSTER_LOCK";
    /** As long as Jira's cluster locks are waited for by the app ({@code io.capokr.jira.ClusterLocks}). */
    private static final long WAIT_SECONDS = 10;
    /** Between two tries for a row another node holds: short, since our transactions take milliseconds. */
    private static final long FIRST_PAUSE_MS = 1;
    private static final long LONGEST_PAUSE_MS = 16;

    private final DataSource connections;
    private final String node;
    private final long waitNanos;
    private final Map<String, ReentrantLock> inThisNode = new ConcurrentHashMap<>();

    /**
     * @param connections connections that never join a caller's transaction: a lock must be seen by other nodes the
     *                    moment it is taken, not when the holder's transaction commits
     */
    public DatabaseLocks(DataSource connections, String node) {
        this(connections, node, WAIT_SECONDS);
    }

    /** For tests: waits {@code waitSeconds} for a taken lock. */
    DatabaseLocks(DataSource connections, String node, long waitSeconds) {
        this.connections = connections;
        this.node = node;
        this.waitNanos = TimeUnit.SECONDS.toNanos(waitSeconds);
        createTableAndForgetOwnRows();
    }

    @Override
    public <T> T exclusively(String name, Supplier<T> work) {
        long deadline = System.nanoTime() + waitNanos;
        ReentrantLock local = inThisNode.computeIfAbsent(name, n -> new ReentrantLock());
        try {
            if (!local.tryLock(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new Busy(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(name);
        }
        try {
            boolean outermost = local.getHoldCount() == 1;
            if (outermost) {
                takeRow(name, deadline);
            }
            try {
                return work.get();
            } finally {
                if (outermost) {
                    releaseRow(name);
                }
            }
        } finally {
            local.unlock();
        }
    }

    /** How many locks the nodes hold now, for tests that check nothing is left held. */
    public int held() {
        try (Connection connection = connections.getConnection();
             Statement count = connection.createStatement();
             var rows = count.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the cluster locks", e);
        }
    }

    private void takeRow(String name, long deadline) {
        long pause = FIRST_PAUSE_MS;
        while (!tryInsert(name)) {
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                throw new Busy(name);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy(name);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    private boolean tryInsert(String name) {
        try {
            return ClaimRows.insertUnlessTaken(connections, "INSERT INTO " + TABLE + " (LOCK_NAME, NODE_ID, LOCKED_AT)"
                    + " VALUES (?, ?, ?)", name, node, System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lock " + name, e);
        }
    }

    private void releaseRow(String name) {
        try (Connection connection = connections.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM " + TABLE + " WHERE LOCK_NAME = ? AND NODE_ID = ?")) {
            connection.setAutoCommit(true);
            delete.setString(1, name);
            delete.setString(2, node);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the cluster lock " + name + "; restart node " + node
                    + " to release it", e);
        }
    }

    private void createTableAndForgetOwnRows() {
        try (Connection connection = connections.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) PRIMARY KEY,"
                    + " NODE_ID VARCHAR(255) NOT NULL, LOCKED_AT BIGINT NOT NULL)");
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE NODE_ID = ?")) {
                forget.setString(1, node);
                forget.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the sandbox's cluster lock table", e);
        }
    }
}
