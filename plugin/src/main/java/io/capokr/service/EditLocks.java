package io.capokr.service;

import java.util.function.Supplier;

import io.capokr.host.Locks;
import io.capokr.host.Messages;

/**
 * One edit at a time per objective or key result, across the cluster, so that the optimistic version
 * check and "link unless already linked" cannot interleave. Waiting too long is a 409: someone else is
 * changing the same thing, and the caller should reload and try again.
 */
public class EditLocks {

    private final Locks locks;
    private final Messages messages;

    public EditLocks(Locks locks, Messages messages) {
        this.locks = locks;
        this.messages = messages;
    }

    public <T> T onObjective(long id, Supplier<T> work) {
        return exclusively("objective:" + id, work);
    }

    public <T> T onKeyResult(long id, Supplier<T> work) {
        return exclusively("keyresult:" + id, work);
    }

    private <T> T exclusively(String name, Supplier<T> work) {
        try {
            return locks.exclusively(name, work);
        } catch (Locks.Busy busy) {
            throw new ConflictException(messages.text("capokr.error.busy"));
        }
    }
}
