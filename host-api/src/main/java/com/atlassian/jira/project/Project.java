// Source: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
package com.atlassian.jira.project;

/**
 * Compile-only mirror of Jira's Project (members Cap calls only). The real interface also extends Jira's
 * Named, NamedWithDescription, WithId and WithKey; calls resolve the same either way.
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
