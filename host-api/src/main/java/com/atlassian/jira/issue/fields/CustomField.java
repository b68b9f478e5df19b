// Source: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/fields/CustomField.html (getCustomFieldType(); getId()/getName() from Field); github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (import com.atlassian.jira.issue.fields.CustomField; Issue.getCustomFieldValue(CustomField))
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Compile-only mirror of Jira's CustomField (members Cap calls only; getId and getName are inherited from Field in
 * Jira, which an interface call resolves the same); inside Jira the real interface is used.
 */
public interface CustomField {

    /** "customfield_10002". */
    String getId();

    String getName();

    /** Raw, as Jira declares it. */
    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();
}
