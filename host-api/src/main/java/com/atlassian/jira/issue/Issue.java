// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java ; https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
package com.atlassian.jira.issue;

/**
 * Compile-only mirror of Jira's Issue (members Cap calls only). The real interface also extends
 * OfBizValueWrapper, IssueContext, WithId and WithKey; calls resolve the same either way.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Long getProjectId();
}
