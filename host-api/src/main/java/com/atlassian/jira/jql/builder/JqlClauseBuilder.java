// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/builder/JqlClauseBuilder.java
package com.atlassian.jira.jql.builder;

/** Compile-only mirror of Jira's JqlClauseBuilder (members Cap calls only); inside Jira the real interface is used. */
public interface JqlClauseBuilder {

    /** Adds {@code key IN (keys)}; keys must not be null, empty or hold nulls. */
    JqlClauseBuilder issue(String... keys);
}
