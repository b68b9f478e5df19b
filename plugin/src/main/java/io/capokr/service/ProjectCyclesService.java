package io.capokr.service;

import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;

/** Builds the read model behind a project's OKR page. */
public class ProjectCyclesService {

    private final CycleStore cycles;
    private final Guard guard;
    private final SiteSettings settings;

    public ProjectCyclesService(CycleStore cycles, Guard guard, SiteSettings settings) {
        this.cycles = cycles;
        this.guard = guard;
        this.settings = settings;
    }

    public ProjectCycles forProject(String projectKey) {
        UserRef user = guard.user();
        ProjectRef project = guard.browsableProject(user, projectKey);
        return new ProjectCycles(project, cycles.all(), guard.isAdministrator(user),
                settings.defaultCycleLength());
    }
}
