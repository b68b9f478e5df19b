package io.capokr.web;

import java.util.List;

import io.capokr.host.Messages;
import io.capokr.service.ProjectCycles;

/**
 * The project page's view model. When the page cannot be shown (unknown project, no permission,
 * not logged in) it carries only the reason, so the template shows a message instead of failing.
 */
public final class ProjectPageView {

    private final ProjectCycles page;
    private final String problem;
    private final Messages messages;

    private ProjectPageView(ProjectCycles page, String problem, Messages messages) {
        this.page = page;
        this.problem = problem;
        this.messages = messages;
    }

    static ProjectPageView of(ProjectCycles page, Messages messages) {
        return new ProjectPageView(page, null, messages);
    }

    static ProjectPageView unavailable(String problem) {
        return new ProjectPageView(null, problem, null);
    }

    public boolean isAvailable() {
        return page != null;
    }

    /** Why the page cannot be shown, in the user's language; empty when it can. */
    public String getProblem() {
        return problem == null ? "" : problem;
    }

    public String getProjectKey() {
        return page == null ? "" : page.project().key();
    }

    public String getProjectName() {
        return page == null ? "" : page.project().name();
    }

    public List<CycleRowView> getCycles() {
        return page == null ? List.of() : page.cycles().stream().map(cycle -> new CycleRowView(cycle, messages)).toList();
    }

    public boolean isEmpty() {
        return page == null || page.cycles().isEmpty();
    }

    public boolean isCanManageCycles() {
        return page != null && page.canManageCycles();
    }
}
