package io.capokr.web;

import java.util.List;

/** What the page shows of one cycle: the cycle, the summary strip and the objectives. */
public final class CycleOkrsView {

    private final CycleRowView cycle;
    private final SummaryView summary;
    private final List<ObjectiveView> objectives;
    private final List<ChoiceView> companyObjectives;
    private final boolean canCreateObjectives;

    CycleOkrsView(CycleRowView cycle, SummaryView summary, List<ObjectiveView> objectives,
                  List<ChoiceView> companyObjectives, boolean canCreateObjectives) {
        this.cycle = cycle;
        this.summary = summary;
        this.objectives = List.copyOf(objectives);
        this.companyObjectives = List.copyOf(companyObjectives);
        this.canCreateObjectives = canCreateObjectives;
    }

    /** The company objectives of the cycle, which the objective dialog offers to align to. */
    public List<ChoiceView> getCompanyObjectives() {
        return companyObjectives;
    }

    public CycleRowView getCycle() {
        return cycle;
    }

    public SummaryView getSummary() {
        return summary;
    }

    public List<ObjectiveView> getObjectives() {
        return objectives;
    }

    public boolean isHasObjectives() {
        return !objectives.isEmpty();
    }

    public boolean isCanCreateObjectives() {
        return canCreateObjectives;
    }
}
