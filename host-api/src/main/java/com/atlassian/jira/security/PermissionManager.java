// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html ; github.com/atlassian-labs/atlassian-slack-integration-server (master) .../jira/plugins/slack/web/rest/IssuePanelResource.java
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only mirror of Jira's PermissionManager (members Cap calls only); inside Jira the real interface is used. */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
