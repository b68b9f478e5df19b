// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (import com.atlassian.jira.issue.fields.CustomField; Issue.getCustomFieldValue(CustomField))
package com.atlassian.jira.issue.fields;

/**
 * Compile-only mirror of Jira's CustomField. Cap only passes fields from CustomFieldManager to
 * Issue.getCustomFieldValue, so no member is declared; inside Jira the real interface is used.
 */
public interface CustomField {
}
