package io.capokr.service;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import io.capokr.host.Locks;
import io.capokr.store.Transactions;

/**
 * How services write: in one transaction, and for an edit of a cycle, an objective or a key result, while holding
 * its lock across the cluster, so that the optimistic version check and "link unless already linked"
 * cannot interleave. The lock is taken outside the transaction, so the transaction that follows reads what
 * the previous holder committed. Waiting too long is a 409: someone else is changing the same thing, and
 * the caller should reload and try again.
 * <p>
 * Locks are striped: an objective or key result takes one of {@value #STRIPES} locks per kind, chosen by its
 * id, never a lock of its own. Jira keeps a database row for every lock name it has ever seen, so names must
 * come from a small fixed set; two objects that share a stripe merely wait for each other a moment.
 */
public class Writes {

    /** Locks per kind of object: enough that unrelated edits rarely meet, few enough to keep Jira's table small. */
    static final int STRIPES = 64;

    private final Transactions transactions;
    private final Locks locks;

    public Writes(Transactions transactions, Locks locks) {
        this.transactions = transactions;
        this.locks = locks;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** Changing a cycle, or adding an objective to it: one of {@value #STRIPES} cycle locks. */
    public <T> T onCycle(long id, Supplier<T> work) {
        return exclusively(stripe("cycle", id), work);
    }

    /** Changing what a project has once per cycle (its plan): one of {@value #STRIPES} project locks. */
    public <T> T onProject(long id, Supplier<T> work) {
        return exclusively(stripe("project", id), work);
    }

    public <T> T onObjective(long id, Supplier<T> work) {
        return exclusively(stripe("objective", id), work);
    }

    public <T> T onKeyResult(long id, Supplier<T> work) {
        return exclusively(stripe("keyresult", id), work);
    }

    /**
     * A change to a key result that may also create a row belonging to its cycle (a key-result adjustment that
     * opens the project's mid-cycle review): the cycle's lock, then the key result's, always in that order, around
     * one transaction.
     */
    public <T> T onCycleAndKeyResult(long cycleId, long keyResultId, Supplier<T> work) {
        try {
            return locks.exclusively(stripe("cycle", cycleId),
                    () -> locks.exclusively(stripe("keyresult", keyResultId), () -> inTransaction(work)));
        } catch (Locks.Busy busy) {
            throw new ConflictException("capokr.error.busy");
        }
    }

    /**
     * A change spanning several cycles (closing one while carrying key results over into others): every cycle's
     * lock, taken in one fixed order (by stripe) so that two such changes never wait for each other in a circle,
     * around one transaction.
     */
    public <T> T onCycles(Collection<Long> ids, Supplier<T> work) {
        List<String> names = ids.stream().map(id -> stripe("cycle", id)).distinct()
                .sorted(java.util.Comparator.comparingInt(Writes::stripeNumber)).toList();
        try {
            return nested(names, 0, work);
        } catch (Locks.Busy busy) {
            throw new ConflictException("capokr.error.busy");
        }
    }

    private <T> T nested(List<String> names, int from, Supplier<T> work) {
        if (from == names.size()) {
            return inTransaction(work);
        }
        return locks.exclusively(names.get(from), () -> nested(names, from + 1, work));
    }

    private static int stripeNumber(String name) {
        return Integer.parseInt(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The lock name for object {@code id} of a kind: one of {@value #STRIPES} per kind. */
    static String stripe(String kind, long id) {
        return kind + "." + Math.floorMod(id, STRIPES);
    }

    private <T> T exclusively(String name, Supplier<T> work) {
        try {
            return locks.exclusively(name, () -> inTransaction(work));
        } catch (Locks.Busy busy) {
            throw new ConflictException("capokr.error.busy");
        }
    }
}
