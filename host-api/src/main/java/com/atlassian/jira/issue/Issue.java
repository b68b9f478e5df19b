// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java ; https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (an Issue implementation: getStatus, getCustomFieldValue)
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;

/**
 * Compile-only mirror of Jira's Issue (members Cap calls only). The real interface also extends
 * OfBizValueWrapper, IssueContext, WithId and WithKey; calls resolve the same either way.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Long getProjectId();

    Status getStatus();

    Object getCustomFieldValue(CustomField customField);
}
