package io.capokr.sandbox.host;

import io.capokr.host.Projects;
import io.capokr.host.contract.ProjectsContract;

public class SandboxProjectsContractTest extends ProjectsContract {

    private final SandboxProjects projects = new SandboxProjects(new SampleTracker());

    @Override
    protected Projects projects() {
        return projects;
    }
}
