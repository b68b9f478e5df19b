// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java ; github.com/atlassian-labs/atlassian-slack-integration-server (master) .../jira/plugins/slack/web/rest/ProjectConfigurationResource.java
package com.atlassian.jira.project;

/**
 * Compile-only mirror of Jira's ProjectManager (members Cap calls only). getProjectObj is declared
 * "throws DataAccessException" in Jira, which is unchecked, so it is left out here.
 */
public interface ProjectManager {

    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    Project getProjectByCurrentKey(String projectKey);
}
