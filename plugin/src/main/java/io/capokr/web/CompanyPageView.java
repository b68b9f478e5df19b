package io.capokr.web;

import java.util.List;

import io.capokr.service.CompanyOkrs;

/**
 * The company page's view model: the cycle picker and, for the cycle shown, the summary strip, the company
 * objectives with the project objectives aligned to them, and the projects with OKRs in the cycle. When the page
 * cannot be shown (not logged in) it carries only the reason.
 */
public final class CompanyPageView {

    private final CompanyOkrs okrs;
    private final List<CycleRowView> cycles;
    private final CompanySummaryView summary;
    private final List<CompanyObjectiveView> objectives;
    private final List<ProjectRowView> projects;
    private final String problem;

    private CompanyPageView(CompanyOkrs okrs, List<CycleRowView> cycles, CompanySummaryView summary,
                            List<CompanyObjectiveView> objectives, List<ProjectRowView> projects, String problem) {
        this.okrs = okrs;
        this.cycles = List.copyOf(cycles);
        this.summary = summary;
        this.objectives = List.copyOf(objectives);
        this.projects = List.copyOf(projects);
        this.problem = problem;
    }

    /** {@code summary} null: there is no cycle yet. */
    static CompanyPageView of(CompanyOkrs okrs, List<CycleRowView> cycles, CompanySummaryView summary,
                              List<CompanyObjectiveView> objectives, List<ProjectRowView> projects) {
        return new CompanyPageView(okrs, cycles, summary, objectives, projects, null);
    }

    static CompanyPageView unavailable(String problem) {
        return new CompanyPageView(null, List.of(), null, List.of(), List.of(), problem);
    }

    public boolean isAvailable() {
        return okrs != null;
    }

    /** Why the page cannot be shown, in the user's language; empty when it can. */
    public String getProblem() {
        return problem == null ? "" : problem;
    }

    public boolean isHasCycle() {
        return okrs != null && okrs.hasCycle();
    }

    /** Every cycle, newest first, for the picker; the one shown is selected. */
    public List<CycleRowView> getCycles() {
        return cycles;
    }

    /** The cycle shown; null when there is none. */
    public CycleRowView getCycle() {
        return cycles.stream().filter(CycleRowView::isSelected).findFirst().orElse(null);
    }

    public CompanySummaryView getSummary() {
        return summary;
    }

    public List<CompanyObjectiveView> getObjectives() {
        return objectives;
    }

    public boolean isHasObjectives() {
        return !objectives.isEmpty();
    }

    public List<ProjectRowView> getProjects() {
        return projects;
    }

    public boolean isHasProjects() {
        return !projects.isEmpty();
    }

    /** Jira administrators create, edit and delete company objectives. */
    public boolean isCanEdit() {
        return okrs != null && okrs.canEdit();
    }
}
