package io.capokr.service;

import io.capokr.okr.IssueFacts;
import io.capokr.store.InitiativeStore;
import io.capokr.store.Transactions;

/**
 * Keeps the copies of issue facts that initiative links hold (status category, story points, key)
 * in step with the host's issues, so that progress is current at the next read. Called by the host's
 * issue event listener; it acts for the system, not for a user, so it checks no permissions.
 */
public class IssueSync {

    private final InitiativeStore initiatives;
    private final Transactions transactions;

    public IssueSync(InitiativeStore initiatives, Transactions transactions) {
        this.initiatives = initiatives;
        this.transactions = transactions;
    }

    /** An issue was created, edited, transitioned or moved: refresh every link's copy of it. */
    public void issueChanged(IssueFacts facts) {
        transactions.inTransaction(() -> initiatives.refreshCopies(facts));
    }

    /** An issue was deleted: the links to it go too, so it no longer counts anywhere. */
    public void issueDeleted(long issueId) {
        transactions.inTransaction(() -> initiatives.deleteLinksToIssue(issueId));
    }
}
