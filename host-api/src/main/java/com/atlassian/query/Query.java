// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/bridge/jql/impl/JqlIndexSearcher.java (import com.atlassian.query.Query) ; github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/builder/JqlQueryBuilder.java (QueryImpl implements it)
package com.atlassian.query;

/** Compile-only mirror of atlassian-query's Query. Cap only builds one and hands it to SearchService. */
public interface Query {
}
