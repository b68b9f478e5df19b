package io.capokr.service;

import java.util.Set;

import io.capokr.host.Clock;
import io.capokr.okr.IssueFacts;
import io.capokr.store.InitiativeStore;
import io.capokr.store.Transactions;

/**
 * Keeps the copies of issue facts that initiative links hold (status category, story points, key)
 * in step with the host's issues, so that progress is current at the next read, and records the new progress
 * of the key results whose copies changed in the same transaction ({@link ProgressHistory}). Called by the host's
 * issue event listener; it acts for the system, not for a user, so it checks no permissions.
 */
public class IssueSync {

    private final InitiativeStore initiatives;
    private final ProgressHistory history;
    private final Transactions transactions;
    private final Clock clock;

    public IssueSync(InitiativeStore initiatives, ProgressHistory history, Transactions transactions, Clock clock) {
        this.initiatives = initiatives;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An issue was created, edited, transitioned or moved: refresh every link's copy of it. */
    public void issueChanged(IssueFacts facts) {
        transactions.inTransaction(() -> {
            Set<Long> changed = initiatives.refreshCopies(facts, clock.now());
            history.record(changed);
            return changed.size();
        });
    }

    /** An issue was deleted: the links to it go too, so it no longer counts anywhere. */
    public void issueDeleted(long issueId) {
        transactions.inTransaction(() -> {
            Set<Long> linked = initiatives.keyResultsLinkedTo(issueId);
            int removed = initiatives.deleteLinksToIssue(issueId);
            history.record(linked);
            return removed;
        });
    }
}
