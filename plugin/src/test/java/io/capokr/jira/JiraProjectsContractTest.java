package io.capokr.jira;

import io.capokr.host.Projects;
import io.capokr.host.contract.ProjectsContract;

public class JiraProjectsContractTest extends ProjectsContract {

    private final JiraProjects projects = new ScenarioJira().projects();

    @Override
    protected Projects projects() {
        return projects;
    }
}
