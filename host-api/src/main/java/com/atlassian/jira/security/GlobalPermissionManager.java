// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/GlobalPermissionManager.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master) .../jira/plugins/slack/web/rest/IssuePanelResource.java
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror of Jira's GlobalPermissionManager (members Cap calls only); inside Jira the real interface is used. */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
