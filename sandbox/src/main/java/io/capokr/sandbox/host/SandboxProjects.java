package io.capokr.sandbox.host;

import java.util.Optional;

import io.capokr.host.Projects;
import io.capokr.okr.ProjectRef;

/** {@link Projects} from the sample tracker. */
public final class SandboxProjects implements Projects {

    private final SampleTracker tracker;

    public SandboxProjects(SampleTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return tracker.project(key).map(SandboxProjects::ref);
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return tracker.project(id).map(SandboxProjects::ref);
    }

    private static ProjectRef ref(SampleTracker.Project project) {
        return new ProjectRef(project.id(), project.key(), project.name());
    }
}
