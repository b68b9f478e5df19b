// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/MutableIssue.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/SlackEventHandlerService.java (MutableIssue from IssueManager)
package com.atlassian.jira.issue;

/**
 * Compile-only mirror of Jira's MutableIssue, an interface extending {@link Issue}; Cap only reads it as an Issue,
 * so none of its setters are declared. Inside Jira the real interface is used.
 */
public interface MutableIssue extends Issue {
}
