// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java ; https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/jira/permission/GHProjectPermissions.html
package com.atlassian.jira.security.plugin;

/**
 * Compile-only mirror of Jira's ProjectPermissionKey (members Cap uses only); inside Jira the real class is used.
 * Unlike other stubs it holds its key and compares by it, so that Mockito tests can tell permissions apart.
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey that && that.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
