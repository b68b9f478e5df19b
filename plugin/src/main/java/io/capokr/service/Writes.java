package io.capokr.service;

import java.util.function.Supplier;

import io.capokr.host.Locks;
import io.capokr.store.Transactions;

/**
 * How services write: in one transaction, and for an edit of an objective or a key result, while holding
 * its lock across the cluster, so that the optimistic version check and "link unless already linked"
 * cannot interleave. The lock is taken outside the transaction, so the transaction that follows reads what
 * the previous holder committed. Waiting too long is a 409: someone else is changing the same thing, and
 * the caller should reload and try again.
 */
public class Writes {

    private final Transactions transactions;
    private final Locks locks;

    public Writes(Transactions transactions, Locks locks) {
        this.transactions = transactions;
        this.locks = locks;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    public <T> T onObjective(long id, Supplier<T> work) {
        return exclusively("objective:" + id, work);
    }

    public <T> T onKeyResult(long id, Supplier<T> work) {
        return exclusively("keyresult:" + id, work);
    }

    private <T> T exclusively(String name, Supplier<T> work) {
        try {
            return locks.exclusively(name, () -> transactions.inTransaction(work));
        } catch (Locks.Busy busy) {
            throw new ConflictException("capokr.error.busy");
        }
    }
}
