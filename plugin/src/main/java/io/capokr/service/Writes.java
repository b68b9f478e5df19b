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
 * <p>
 * Whatever is added to a list or hangs from a parent is written under the parent's lock, the one its deletion
 * holds: an objective under its cycle's (which also keeps the cycle's ranks unique), a key result under its
 * objective's, a check-in or a link under its key result's. A write that needs several locks takes them in one
 * order, from the outside in (cycle, objective, key result, and by stripe within a kind), so that two writes never
 * wait for each other in a circle.
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
        return holding(List.of(stripe("cycle", cycleId), stripe("keyresult", keyResultId)), () -> inTransaction(work));
    }

    /**
     * A change spanning several cycles (closing one while carrying key results over into others): every cycle's
     * lock, taken in one fixed order (by stripe) so that two such changes never wait for each other in a circle,
     * around one transaction.
     */
    public <T> T onCycles(Collection<Long> ids, Supplier<T> work) {
        return holding(stripes("cycle", ids), () -> inTransaction(work));
    }

    /**
     * A change to an objective's list of key results (adding, deleting or ranking one): the objective's lock, then,
     * for a change to one key result of it ({@code keyResultId} not null), that key result's, around one transaction.
     */
    public <T> T onObjectiveAndKeyResult(long objectiveId, Long keyResultId, Supplier<T> work) {
        List<String> names = keyResultId == null
                ? List.of(stripe("objective", objectiveId))
                : List.of(stripe("objective", objectiveId), stripe("keyresult", keyResultId));
        return holding(names, () -> inTransaction(work));
    }

    /**
     * Deleting an objective with all that hangs from it: its cycle's lock (the cycle's list of objectives changes),
     * the objective's (no key result is added meanwhile), then, once no key result can be added any more, the lock of
     * each key result it has, read by {@code keyResultIds} (no check-in or link lands on one being deleted); then one
     * transaction.
     */
    public <T> T onObjectiveTree(long cycleId, long objectiveId, Supplier<? extends Collection<Long>> keyResultIds,
                                 Supplier<T> work) {
        return holding(List.of(stripe("cycle", cycleId), stripe("objective", objectiveId)),
                () -> nested(stripes("keyresult", keyResultIds.get()), 0, () -> inTransaction(work)));
    }

    /** The stripes of these objects of one kind, each once, in the one order every caller takes them. */
    private static List<String> stripes(String kind, Collection<Long> ids) {
        return ids.stream().map(id -> stripe(kind, id)).distinct()
                .sorted(java.util.Comparator.comparingInt(Writes::stripeNumber)).toList();
    }

    /** Holds the locks, taken in the order given, while {@code inside} runs; a lock that stays taken is a 409. */
    private <T> T holding(List<String> names, Supplier<T> inside) {
        try {
            return nested(names, 0, inside);
        } catch (Locks.Busy busy) {
            throw new ConflictException("capokr.error.busy");
        }
    }

    private <T> T nested(List<String> names, int from, Supplier<T> inside) {
        if (from == names.size()) {
            return inside.get();
        }
        return locks.exclusively(names.get(from), () -> nested(names, from + 1, inside));
    }

    private static int stripeNumber(String name) {
        return Integer.parseInt(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The lock name for object {@code id} of a kind: one of {@value #STRIPES} per kind. */
    static String stripe(String kind, long id) {
        return kind + "." + Math.floorMod(id, STRIPES);
    }

    private <T> T exclusively(String name, Supplier<T> work) {
        return holding(List.of(name), () -> inTransaction(work));
    }
}
