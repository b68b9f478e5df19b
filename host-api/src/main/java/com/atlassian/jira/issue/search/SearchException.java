// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchException.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) .../jira/plugins/slack/bridge/jql/impl/JqlIndexSearcher.java
package com.atlassian.jira.issue.search;

/**
 * Compile-only mirror of Jira's SearchException, a checked exception (members Cap uses only). The real class extends
 * com.atlassian.jira.JiraException, which extends Exception; catching it resolves the same either way.
 */
public class SearchException extends Exception {

    public SearchException(String message) {
        super(message);
    }
}
