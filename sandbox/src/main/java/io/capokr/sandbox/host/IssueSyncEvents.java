package io.capokr.sandbox.host;

import io.capokr.sandbox.host.SampleTracker.Issue;
import io.capokr.service.IssueSync;

/**
 * The sandbox's counterpart of the plugin's Jira issue event listener: hands the tracker's issue events to
 * the plugin's own {@link IssueSync} bean, with the facts the {@code IssueDirectory} would answer.
 */
public final class IssueSyncEvents implements SampleTracker.IssueEvents {

    private final IssueSync sync;
    private final SampleFields fields;

    public IssueSyncEvents(IssueSync sync, SampleFields fields) {
        this.sync = sync;
        this.fields = fields;
    }

    @Override
    public void issueChanged(Issue issue) {
        sync.issueChanged(fields.facts(issue));
    }

    @Override
    public void issueDeleted(Issue issue) {
        sync.issueDeleted(issue.id());
    }
}
