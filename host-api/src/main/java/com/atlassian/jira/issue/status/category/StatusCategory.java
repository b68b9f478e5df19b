// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (a StatusCategory implementation: getKey)
package com.atlassian.jira.issue.status.category;

/**
 * Compile-only mirror of Jira's StatusCategory (members Cap calls only). Keys are "new", "indeterminate" and "done"
 * (and "undefined"). The real interface also extends Comparable; calls resolve the same either way.
 */
public interface StatusCategory {

    String getKey();
}
