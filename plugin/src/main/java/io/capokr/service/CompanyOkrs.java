package io.capokr.service;

import java.time.Instant;
import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.Health;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;

/**
 * The read model "the company's OKRs for a cycle": the company objectives in rank order, each with its progress and
 * health and with the project objectives aligned to it, grouped by project; and the projects that have objectives in
 * the cycle. Only projects the reader may browse appear, anywhere: a hidden project leaves no trace, not even in a
 * count. {@code cycle} is null only when there is no cycle at all ({@code cycles} is then empty).
 */
public record CompanyOkrs(List<Cycle> cycles, Cycle cycle, double expectedProgress, List<CompanyObjectiveRow> objectives,
                          List<ProjectRow> projects, boolean canEdit, Instant asOf) {

    public CompanyOkrs {
        cycles = List.copyOf(cycles);
        objectives = List.copyOf(objectives);
        projects = List.copyOf(projects);
    }

    public boolean hasCycle() {
        return cycle != null;
    }

    /** A company objective; {@code aligned}: the visible projects' objectives aligned to it, one group per project. */
    public record CompanyObjectiveRow(Objective objective, double progress, Health health, int keyResults,
                                      List<AlignedGroup> aligned) {

        public CompanyObjectiveRow {
            aligned = List.copyOf(aligned);
        }
    }

    /** One project's objectives aligned to a company objective, in their rank order. */
    public record AlignedGroup(ProjectRef project, List<ObjectiveProgress> objectives) {

        public AlignedGroup {
            objectives = List.copyOf(objectives);
        }
    }

    public record ObjectiveProgress(Objective objective, double progress, Health health) {
    }

    /**
     * A project with objectives in the cycle: how many, their mean progress (each objective counting once) and the
     * health of that mean against the calendar.
     */
    public record ProjectRow(ProjectRef project, int objectives, double averageProgress, Health health) {
    }
}
