package io.capokr.store;

import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * Runs a unit of work in one database transaction, so services can group writes without seeing
 * Active Objects: all of it is committed, or none of it.
 */
public class Transactions {

    private final ActiveObjects ao;

    public Transactions(ActiveObjects ao) {
        this.ao = ao;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
