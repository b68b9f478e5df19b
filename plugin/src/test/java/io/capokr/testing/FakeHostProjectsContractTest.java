package io.capokr.testing;

import io.capokr.host.Projects;
import io.capokr.host.contract.ProjectsContract;

public class FakeHostProjectsContractTest extends ProjectsContract {

    private final FakeHost host = ScenarioHost.build();

    @Override
    protected Projects projects() {
        return host;
    }
}
