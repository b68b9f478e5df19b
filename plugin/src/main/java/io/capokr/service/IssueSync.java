package io.capokr.service;

import java.util.Collection;
import java.util.List;
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

    /** The most issues a call is expected to carry, as Jira's bulk operations and the reconcile's pages do. */
    public static final int BATCH = 500;

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
        issuesChanged(List.of(facts));
    }

    /**
     * Issues changed together (a bulk edit, transition or move): their copies are refreshed and the progress of the
     * key results they serve recorded in one transaction, in a number of statements that does not grow with the
     * number of issues (up to {@value #BATCH} at a time).
     */
    public void issuesChanged(Collection<IssueFacts> facts) {
        if (facts.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            Set<Long> changed = initiatives.refreshCopies(facts, clock.now());
            history.record(changed);
            return changed.size();
        });
    }

    /**
     * An issue was deleted: its links in cycles still running go too, so it no longer counts there. A closed cycle
     * keeps its links as they were at the close.
     */
    public void issueDeleted(long issueId) {
        issuesDeleted(List.of(issueId));
    }

    /** Issues were deleted together: as one, in one transaction, in statements that do not grow with them. */
    public void issuesDeleted(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            Set<Long> changed = initiatives.deleteOpenLinksToIssues(issueIds);
            history.record(changed);
            return changed.size();
        });
    }
}
