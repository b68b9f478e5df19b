// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) JqlIssueFilterTest.java (@Mock MessageSet, hasAnyErrors())
package com.atlassian.jira.util;

import java.util.Set;

/** Compile-only mirror of Jira's MessageSet interface (members Cap uses only). */
public interface MessageSet {

    void addErrorMessage(String errorMessage);

    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
