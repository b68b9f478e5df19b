// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/JiraDataType.java ; docs.atlassian.com/software/jira/docs/api/10.7.0/com/atlassian/jira/JiraDataTypes.html (fields of this type)
package com.atlassian.jira;

/** Compile-only mirror of Jira's JiraDataType interface (no member Cap calls). */
public interface JiraDataType {
}
