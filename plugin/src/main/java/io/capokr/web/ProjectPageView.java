package io.capokr.web;

import java.util.List;

import io.capokr.service.ProjectCycles;

/**
 * The project page's view model: the project, its cycle picker and, for the cycle shown, the OKRs. When the page
 * cannot be shown (unknown project, no permission, not logged in) it carries only the reason, so the template
 * shows a message instead of failing.
 */
public final class ProjectPageView {

    private final ProjectCycles page;
    private final List<CycleRowView> cycles;
    private final CycleOkrsView shown;
    private final String problem;
    private final String midCycleDue;
    private final PlanView plan;

    private ProjectPageView(ProjectCycles page, List<CycleRowView> cycles, CycleOkrsView shown, String problem,
                            String midCycleDue, PlanView plan) {
        this.page = page;
        this.cycles = List.copyOf(cycles);
        this.shown = shown;
        this.problem = problem;
        this.midCycleDue = midCycleDue;
        this.plan = plan;
    }

    /** {@code shown} null: the project has no cycle yet. */
    static ProjectPageView of(ProjectCycles page, List<CycleRowView> cycles, CycleOkrsView shown) {
        return new ProjectPageView(page, cycles, shown, null, null, null);
    }

    static ProjectPageView unavailable(String problem) {
        return new ProjectPageView(null, List.of(), null, problem, null, null);
    }

    /** The same page reminding the team that its mid-cycle review is due; {@code label} says since when. */
    ProjectPageView withMidCycleDue(String label) {
        return new ProjectPageView(page, cycles, shown, problem, label, plan);
    }

    /** Whether the Objectives view reminds the team of its mid-cycle review (ReviewWindow#midCycleDue). */
    public boolean isMidCycleDue() {
        return midCycleDue != null;
    }

    /** "Mid-cycle review is due: since 2027-02-15.", in the reader's language; empty when it is not due. */
    public String getMidCycleDueLabel() {
        return midCycleDue == null ? "" : midCycleDue;
    }

    /** The same page with the project's plan for the cycle shown. */
    ProjectPageView withPlan(PlanView shownPlan) {
        return new ProjectPageView(page, cycles, shown, problem, midCycleDue, shownPlan);
    }

    public boolean isHasPlan() {
        return plan != null;
    }

    /** The project's preparation for the cycle shown; null when there is no cycle. */
    public PlanView getPlan() {
        return plan;
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

    /** Every cycle, newest first, for the picker; the one shown is selected. */
    public List<CycleRowView> getCycles() {
        return cycles;
    }

    public boolean isEmpty() {
        return cycles.isEmpty();
    }

    /** The new-cycle dialog's hint: a cycle without an end date lasts the site's default length. */
    public int getDefaultCycleLength() {
        return page == null ? 0 : page.defaultCycleLength();
    }

    public boolean isCanManageCycles() {
        return page != null && page.canManageCycles();
    }

    public boolean isHasCycle() {
        return shown != null;
    }

    /** The OKRs of the cycle shown; null when there is no cycle. */
    public CycleOkrsView getShown() {
        return shown;
    }
}
