// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master = Jira 11, release-2.x = Jira 10) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java (import com.atlassian.jira.event.operation.SpanningOperation; Optional<SpanningOperation> from IssueEvent.getSpanningOperation()); branch BBSDEV-33728-bitbucket-10-readiness jira-8-compat/src/test/java/com/atlassian/plugin/slack/jira/compat/Jira8IssueEventWrapperTest.java (SpanningOperation.builder().type(..).id(..).build(): a class with a static builder)
package com.atlassian.jira.event.operation;

/**
 * Compile-only mirror of Jira's SpanningOperation: the operation (a bulk edit, transition, move or delete) that an
 * issue event is one of. Cap only tests whether an event carries one, and calls none of its members, so none is
 * declared. In Jira it is a class built by a static {@code builder()}; whether it is final is not verified, which
 * nothing of Cap depends on.
 */
public class SpanningOperation {

    private SpanningOperation() {
        throw new UnsupportedOperationException("host-api stub");
    }
}
