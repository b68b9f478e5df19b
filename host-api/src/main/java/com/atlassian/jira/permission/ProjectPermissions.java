// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only mirror of Jira's ProjectPermissions (members Cap uses only). The constants are objects, not
 * compile-time constants, so javac emits getstatic and the real values are used inside Jira.
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    public ProjectPermissions() {
        throw new UnsupportedOperationException("host-api stub");
    }
}
