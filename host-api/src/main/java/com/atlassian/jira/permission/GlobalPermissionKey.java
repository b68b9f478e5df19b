// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html
package com.atlassian.jira.permission;

/**
 * Compile-only mirror of Jira's GlobalPermissionKey (members Cap uses only). The constants are objects, not
 * compile-time constants, so javac emits getstatic and the real values are used inside Jira;
 * here they are distinct stand-ins.
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    /** Distinct values, so that Mockito tests can tell permissions apart; private, so no code of ours can call it. */
    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
