// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/issue/IssueEvent.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java (getIssue, getEventTypeId, getSpanningOperation: Optional<SpanningOperation>, also on release-2.x = Jira 10)
package com.atlassian.jira.event.issue;

import java.util.Optional;

import com.atlassian.jira.event.operation.SpanningOperation;
import com.atlassian.jira.issue.Issue;

/**
 * Compile-only mirror of Jira's IssueEvent (members Cap calls only); inside Jira the real class is used. The real
 * class is final and extends AbstractEvent, implementing IssueRelatedEvent; calls resolve the same either way.
 */
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("host-api stub");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("host-api stub");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("host-api stub");
    }

    /** Present when the event is one of a bulk operation's (Jira fires one event per issue, each carrying it). */
    public Optional<SpanningOperation> getSpanningOperation() {
        throw new UnsupportedOperationException("host-api stub");
    }
}
