package io.capokr.service;

import java.util.ArrayList;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.okr.AdjustmentDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;
import io.capokr.okr.ReviewKind;
import io.capokr.okr.ReviewWindow;
import io.capokr.okr.UserRef;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ReviewStore;

/**
 * The mid-cycle review's adjustments (seed step 5): a key result of the project gets a new target or a reworded
 * title, and the review records the value it replaced, who changed it and when, all in one transaction. The key
 * result changes the way an edit changes it (the same checks, the version read, a new progress point if its progress
 * moved), so history and the weekly deltas read it like any edit. The first adjustment opens the project's mid-cycle
 * review if nobody has saved it yet: an adjustment is part of that review. Its window and runners are the review's.
 */
public class AdjustmentService {

    public static final String KEY_RESULT_ID = "keyResultId";

    private final ReviewStore reviews;
    private final KeyResultStore keyResults;
    private final ProgressHistory history;
    private final Writes writes;
    private final Finder finder;
    private final RitualRights rights;
    private final Clock clock;

    public AdjustmentService(ReviewStore reviews, KeyResultStore keyResults, ProgressHistory history, Writes writes,
                             Finder finder, RitualRights rights, Clock clock) {
        this.reviews = reviews;
        this.keyResults = keyResults;
        this.history = history;
        this.writes = writes;
        this.finder = finder;
        this.rights = rights;
        this.clock = clock;
    }

    /** The adjusted key result, and the record of its adjustment. */
    public record Adjusted(KeyResult keyResult, KrAdjustment adjustment) {
    }

    /** {@code version}: the key result's, as the caller read it. Only a MID_CYCLE review adjusts (the URL says which). */
    public Adjusted adjust(String projectKey, String kindName, Long keyResultId, AdjustmentDraft draft, Integer version) {
        UserRef user = finder.user();
        ProjectRef project = rights.browsableProject(user, projectKey);
        if (ReviewService.kind(kindName) != ReviewKind.MID_CYCLE) {
            throw new NotFoundException("capokr.review.error.adjustment.midCycleOnly");
        }
        if (keyResultId == null) {
            throw ValidationException.of(FieldProblem.of(KEY_RESULT_ID, "capokr.error.required"));
        }
        Objective parent = objectiveInProject(keyResultId, project, user);
        return writes.onCycleAndKeyResult(parent.cycleId(), keyResultId, () -> {
            KeyResult keyResult = finder.keyResultToView(keyResultId, user);
            Cycle cycle = finder.cycle(parent.cycleId());
            rights.requireRun(user, project, cycle.id());
            ReviewWindow.reviewRefusal(ReviewKind.MID_CYCLE, cycle, clock.today()).ifPresent(refusal -> {
                throw new ConflictException(refusal.messageKey(), refusal.arguments().toArray());
            });
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            Versions.requirePresent(version, problems);
            ValidationException.throwIfAny(problems);
            AdjustmentDraft.Applied applied = draft.applyTo(keyResult, problems).orElse(null);
            ValidationException.throwIfAny(problems);
            KeyResult changed = new KeyResult(keyResult.id(), keyResult.objectiveId(), applied.draft().cleanTitle(),
                    keyResult.ownerKey(), applied.draft().toMeasure(), keyResult.weight(), keyResult.rank(),
                    keyResult.confidence(), keyResult.version(), keyResult.lastCheckInAt());
            KeyResult saved = Versions.saved(keyResults.update(changed, version, clock.now()));
            history.record(List.of(keyResult.id()));
            // The adjustments hang on the mid-cycle review: the first one opens it, empty and saved by nobody yet.
            Review review = reviews.find(cycle.id(), project.id(), ReviewKind.MID_CYCLE)
                    .orElseGet(() -> reviews.create(cycle.id(), project.id(), ReviewKind.MID_CYCLE, "", "", "",
                            null, null));
            KrAdjustment adjustment = reviews.addAdjustment(review.id(), keyResult.id(), applied.field(),
                    applied.oldValue(), applied.newValue(), user.key(), clock.now());
            return new Adjusted(saved, adjustment);
        });
    }

    /** The key result's objective, if it is one of this project's; an unknown, hidden or other project's key result is a 400. */
    private Objective objectiveInProject(long keyResultId, ProjectRef project, UserRef user) {
        try {
            Objective objective = finder.keyResultWithObjectiveToView(keyResultId, user).objective();
            if (objective.projectId() != null && objective.projectId() == project.id()) {
                return objective;
            }
        } catch (NotFoundException e) {
            // reported below, as for a key result of another project
        }
        throw ValidationException.of(FieldProblem.of(KEY_RESULT_ID, "capokr.review.error.adjustment.keyResult",
                String.valueOf(keyResultId), project.key()));
    }
}
