// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/query/QueryCreationContext.java ; docs/jira-platform.md "JQL function" [V]
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror of Jira's QueryCreationContext interface (members Cap uses only). */
public interface QueryCreationContext {

    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
