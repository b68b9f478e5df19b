package io.capokr.service;

import java.time.Instant;
import java.util.List;

import io.capokr.okr.CalibrationWarning;
import io.capokr.okr.Confidence;
import io.capokr.okr.Cycle;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Tally;

/**
 * The read model "a project's OKRs for a cycle": each objective with its key results, progress,
 * health against the cycle's calendar, latest confidence and initiative counts, plus the company
 * objectives they align to, and the other cycles the cycle overlaps. Counts include issues the reader cannot see;
 * no issue is named here. {@code project} is null for the company's own objectives ({@link ProjectOkrService#forCompany}).
 */
public record ProjectOkrs(ProjectRef project, Cycle cycle, double expectedProgress, List<ObjectiveRow> objectives,
                          List<Objective> alignedTo, List<Objective> companyObjectives, boolean canCreateObjectives,
                          Instant asOf, List<Cycle> cycleOverlaps) {

    public ProjectOkrs {
        cycleOverlaps = List.copyOf(cycleOverlaps);
        objectives = List.copyOf(objectives);
        alignedTo = List.copyOf(alignedTo);
        companyObjectives = List.copyOf(companyObjectives);
    }

    /** {@code warnings}: the objective's own calibration warnings (none in a closed cycle). */
    public record ObjectiveRow(Objective objective, double progress, Health health, List<KeyResultRow> keyResults,
                               boolean canEdit, List<CalibrationWarning> warnings) {

        public ObjectiveRow {
            keyResults = List.copyOf(keyResults);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * {@code noInitiatives}: measured by issues but none contributes yet. {@code done/inProgress/toDo}
     * count every linked issue, contributing or not; {@code contributing} is the tally progress reads.
     * {@code warnings}: the key result's calibration warnings (none in a closed cycle).
     */
    public record KeyResultRow(KeyResult keyResult, double progress, Health health, Confidence confidence,
                               boolean noInitiatives, int done, int inProgress, int toDo, boolean canWork,
                               Tally contributing, List<CalibrationWarning> warnings) {

        public KeyResultRow {
            warnings = List.copyOf(warnings);
        }
    }
}
