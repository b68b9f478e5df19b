package io.capokr.service;

import java.util.List;
import java.util.Optional;

import io.capokr.okr.Cycle;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveGrade;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;

/**
 * A project's end-of-cycle synthesis (seed step 6): per objective its grade, band and miss flag, per key result its
 * progress, suggested grade and the grade and reason given; then the end-of-cycle review and the mid-cycle review
 * with its adjustments. {@code canGrade}: whether the caller may grade (and review) in this project and cycle, the
 * window aside.
 */
public record ProjectSynthesis(ProjectRef project, Cycle cycle, boolean canGrade, List<ObjectiveRow> objectives,
                               Optional<Review> endOfCycle, Optional<Review> midCycle, List<KrAdjustment> adjustments) {

    public record ObjectiveRow(Objective objective, ObjectiveGrade grade, boolean miss,
                               List<GradeBook.KeyResultGrade> keyResults) {
    }
}
