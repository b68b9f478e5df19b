// Source: docs.atlassian.com/software/jira/docs/api/10.7.0/com/atlassian/jira/JiraDataTypes.html (public final class, static final JiraDataType ISSUE)
package com.atlassian.jira;

/** Compile-only mirror of Jira's JiraDataTypes (the constant Cap uses only); inside Jira the real class is used. */
public final class JiraDataTypes {

    public static final JiraDataType ISSUE = new JiraDataType() {
        @Override
        public String toString() {
            return "ISSUE";
        }
    };

    public JiraDataTypes() {
    }
}
