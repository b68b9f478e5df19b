// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (a Status implementation: getStatusCategory)
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only mirror of Jira's Status (members Cap calls only). The real interface also extends IssueConstant;
 * calls resolve the same either way.
 */
public interface Status {

    StatusCategory getStatusCategory();
}
