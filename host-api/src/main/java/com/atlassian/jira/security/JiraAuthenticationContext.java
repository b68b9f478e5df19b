// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ProjectConfigurationResource.java ; github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/JiraAuthenticationContext.java (isLoggedInUser)
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror of Jira's JiraAuthenticationContext (members Cap calls only); inside Jira the real interface is used. */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();
}
