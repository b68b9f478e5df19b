package io.capokr.web;

import java.util.List;

import io.capokr.okr.ProjectRef;

/** One project's objectives aligned to a company objective, with the link to that project's OKR page. */
public final class AlignedProjectView {

    private final ProjectRef project;
    private final String url;
    private final List<AlignedObjectiveView> objectives;

    AlignedProjectView(ProjectRef project, String url, List<AlignedObjectiveView> objectives) {
        this.project = project;
        this.url = url;
        this.objectives = List.copyOf(objectives);
    }

    public String getKey() {
        return project.key();
    }

    public String getName() {
        return project.name();
    }

    public String getUrl() {
        return url;
    }

    public List<AlignedObjectiveView> getObjectives() {
        return objectives;
    }
}
