package io.capokr.service;

import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveGrade;
import io.capokr.okr.ProjectRef;

/**
 * The company's synthesis of a cycle: the company objectives' grades and misses, and per project the reader may
 * browse, its objectives' average grade, how many of them missed, and the learnings of its end-of-cycle review.
 */
public record CompanySynthesis(Cycle cycle, List<ObjectiveRow> companyObjectives, List<ProjectRow> projects) {

    public record ObjectiveRow(Objective objective, ObjectiveGrade grade, boolean miss) {
    }

    /**
     * {@code averageGrade}: the plain mean of its objectives' grades (each objective counts once, however many key
     * results it has); {@code learnings} empty when no end-of-cycle review says any.
     */
    public record ProjectRow(ProjectRef project, int objectives, ObjectiveGrade averageGrade, int misses, String learnings) {
    }
}
