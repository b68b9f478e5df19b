// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java (com.atlassian.jira.user.util.UserManager.getUserByKey returning ApplicationUser)
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror of Jira's UserManager (members Cap calls only); inside Jira the real interface is used. */
public interface UserManager {

    /** The user with this key, or null when there is none. */
    ApplicationUser getUserByKey(String userKey);
}
