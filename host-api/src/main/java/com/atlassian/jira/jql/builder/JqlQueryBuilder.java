// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/builder/JqlQueryBuilder.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/bridge/jql/impl/JqlIndexSearcher.java (JqlQueryBuilder.newBuilder() ... buildQuery())
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/** Compile-only mirror of Jira's JqlQueryBuilder (members Cap calls only); inside Jira the real class is used. */
public class JqlQueryBuilder {

    private JqlQueryBuilder() {
        throw new UnsupportedOperationException("host-api stub");
    }

    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("host-api stub");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("host-api stub");
    }

    public Query buildQuery() {
        throw new UnsupportedOperationException("host-api stub");
    }
}
