// Source: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html ; https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html
package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Compile-only mirror of Jira's ApplicationUser (members Cap calls only). The real interface also extends
 * Jira's WithId and WithKey, which declare getId() and getKey(); calls resolve the same either way.
 */
public interface ApplicationUser extends Principal {

    Long getId();

    String getKey();

    String getUsername();

    @Override
    String getName();

    String getDisplayName();

    boolean isActive();
}
