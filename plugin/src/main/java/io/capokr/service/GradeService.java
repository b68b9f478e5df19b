package io.capokr.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.GradeDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveGrade;
import io.capokr.okr.ReviewWindow;
import io.capokr.okr.UserRef;
import io.capokr.store.GradeStore;
import io.capokr.store.KeyResultStore;

/**
 * Grading a key result at the end of its cycle (seed step 6): 0.0 to 1.0 in steps of 0.1, a reason when the grade
 * differs from the one progress suggests. Open from two weeks before the cycle's end while it is ACTIVE, and once it
 * is CLOSED ({@link ReviewWindow}): grades are the one thing, with the end-of-cycle review, a closed cycle still
 * takes. The project's ritual runners grade ({@link RitualRights}). A grade moves the key result's version on, and
 * re-works its objective's grade, kept in OBJECTIVE.GRADE, in the same transaction.
 */
public class GradeService {

    private final GradeStore grades;
    private final GradeBook book;
    private final KeyResultStore keyResults;
    private final Writes writes;
    private final Finder finder;
    private final RitualRights rights;
    private final Clock clock;

    public GradeService(GradeStore grades, GradeBook book, KeyResultStore keyResults, Writes writes,
                        Finder finder, RitualRights rights, Clock clock) {
        this.grades = grades;
        this.book = book;
        this.keyResults = keyResults;
        this.writes = writes;
        this.finder = finder;
        this.rights = rights;
        this.clock = clock;
    }

    /** What grading leaves: the key result's grade and new version, and its objective's grade. */
    public record Graded(GradeBook.KeyResultGrade keyResult, int version, Objective objective, ObjectiveGrade objectiveGrade) {
    }

    /** {@code version}: the key result's, as the caller read it. */
    public Graded grade(long keyResultId, GradeDraft draft, Integer version) {
        return grade(keyResultId, draft.asEdit(), version);
    }

    /** The same, with what the edit leaves out kept from the current grade (merged under the key result's lock). */
    public Graded grade(long keyResultId, GradeDraft.Edit edit, Integer version) {
        UserRef user = finder.user();
        return writes.onKeyResult(keyResultId, () -> {
            Finder.Viewed viewed = finder.keyResultWithObjectiveToView(keyResultId, user);
            KeyResult keyResult = viewed.keyResult();
            Objective objective = viewed.objective();
            if (!rights.mayGrade(user, objective)) {
                throw new PermissionDeniedException("capokr.grade.error.cannotGrade");
            }
            Cycle cycle = finder.cycle(objective.cycleId());
            ReviewWindow.gradingRefusal(cycle, clock.today()).ifPresent(refusal -> {
                throw new ConflictException(refusal.messageKey(), refusal.arguments().toArray());
            });
            List<KeyResult> siblings = keyResults.forObjective(objective.id());
            Map<Long, GradeBook.KeyResultGrade> graded = book.of(siblings);
            GradeBook.KeyResultGrade before = graded.get(keyResultId);
            GradeDraft draft = edit.over(before.grade(), before.reason());
            List<FieldProblem> problems = new ArrayList<>(draft.problems(before.suggested()));
            Versions.requirePresent(version, problems);
            ValidationException.throwIfAny(problems);
            int saved = Versions.saved(grades.grade(keyResultId, draft.toGrade().value(), draft.cleanReason(), version, clock.now()));
            GradeBook.KeyResultGrade after = new GradeBook.KeyResultGrade(before.keyResult(), before.progress(),
                    before.suggested(), draft.toGrade().value(), draft.cleanReason());
            graded.put(keyResultId, after);
            ObjectiveGrade objectiveGrade = GradeBook.objectiveGrade(
                    siblings.stream().map(k -> graded.get(k.id())).toList());
            grades.gradeObjective(objective.id(), objectiveGrade.value());
            return new Graded(after, saved, objective, objectiveGrade);
        });
    }
}
