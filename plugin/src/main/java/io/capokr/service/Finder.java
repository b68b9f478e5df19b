package io.capokr.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;

/**
 * Loads what a call refers to by id and checks, in the same step, that the caller may do what the call
 * is for: every service reaches an objective or a key result through here, so no call can load one and
 * forget the check. An unknown id is a 404.
 */
public class Finder {

    /** The field of a request body that names a cycle. */
    static final String CYCLE_ID = "cycleId";

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final Guard guard;

    public Finder(CycleStore cycles, ObjectiveStore objectives, KeyResultStore keyResults, Guard guard) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.guard = guard;
    }

    /** The caller, logged in (else a 401): for the services that need no other part of {@link Guard}. */
    public UserRef user() {
        return guard.user();
    }

    /** Cycles are site-wide: anyone logged in may see each of them. */
    public Cycle cycle(long id) {
        return cycles.byId(id)
                .orElseThrow(() -> new NotFoundException("capokr.error.cycle.notFound", String.valueOf(id)));
    }

    /**
     * A cycle a request body names in its {@code cycleId}: missing or unknown, it is a 400 on that field (the body is
     * wrong), not a 404 of the URL.
     */
    public Cycle cycleInBody(Long cycleId) {
        if (cycleId == null) {
            throw ValidationException.of(FieldProblem.of(CYCLE_ID, "capokr.error.required"));
        }
        try {
            return cycle(cycleId);
        } catch (NotFoundException e) {
            throw ValidationException.of(FieldProblem.of(CYCLE_ID, "capokr.error.cycle.notFound", String.valueOf(cycleId)));
        }
    }

    /** The cycle {@code id} among {@code all}, already read (as services that need every cycle do), or a 404. */
    static Cycle cycleAmong(long id, List<Cycle> all) {
        return all.stream().filter(cycle -> cycle.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("capokr.error.cycle.notFound", String.valueOf(id)));
    }

    /** An objective the caller may see. */
    public Objective objectiveToView(long id, UserRef user) {
        Objective objective = objective(id);
        guard.requireVisible(user, objective);
        return objective;
    }

    /** An objective the caller may change, along with its key results; not one of a closed cycle. */
    public Objective objectiveToEdit(long id, UserRef user) {
        Objective objective = objective(id);
        guard.requireEditObjective(user, objective);
        requireOpenCycle(objective);
        return objective;
    }

    /** A key result the caller may see: one of an objective they may see. */
    public KeyResult keyResultToView(long id, UserRef user) {
        return keyResultWithObjectiveToView(id, user).keyResult();
    }

    /** The same, with the objective it read to check the caller may see it, for callers that need both. */
    public Viewed keyResultWithObjectiveToView(long id, UserRef user) {
        return visibleKeyResult(id, user);
    }

    /** A key result and its objective, as the caller may see them. */
    public record Viewed(KeyResult keyResult, Objective objective) {
    }

    /** A key result the caller may change or delete: whoever may edit its objective; not one of a closed cycle. */
    public KeyResult keyResultToEdit(long id, UserRef user) {
        Viewed viewed = visibleKeyResult(id, user);
        guard.requireEditObjective(user, viewed.objective());
        requireOpenCycle(viewed.objective());
        return viewed.keyResult();
    }

    /** A key result the caller may work on: check in, link and unlink issues (DESIGN §8); not one of a closed cycle. */
    public KeyResult keyResultToWork(long id, UserRef user) {
        Viewed viewed = visibleKeyResult(id, user);
        guard.requireWorkOn(user, viewed.keyResult(), viewed.objective());
        requireOpenCycle(viewed.objective());
        return viewed.keyResult();
    }

    /**
     * The key result with its objective, if the caller may see that objective. One they may not see is "no key result
     * with id N", word for word what an id that never existed gets: naming its objective instead would tell that the
     * key result exists, and where (an objective gone from under it, which a delete never leaves, reads the same).
     */
    private Viewed visibleKeyResult(long id, UserRef user) {
        KeyResult keyResult = keyResult(id);
        Objective objective = objectives.byId(keyResult.objectiveId())
                .filter(parent -> guard.canView(user, parent))
                .orElseThrow(() -> keyResultNotFound(id));
        return new Viewed(keyResult, objective);
    }

    /**
     * Those of these key results the caller may see, in rank order; unknown and hidden ones are left out alike.
     * Two statements, however many there are.
     */
    public List<KeyResult> keyResultsToView(Collection<Long> ids, UserRef user) {
        List<KeyResult> found = keyResults.byIds(ids);
        Map<Long, Objective> parents = objectives.byIds(found.stream().map(KeyResult::objectiveId).distinct().toList())
                .stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        return found.stream().filter(keyResult -> {
            Objective parent = parents.get(keyResult.objectiveId());
            return parent != null && guard.canView(user, parent);
        }).toList();
    }

    /**
     * A closed cycle and everything in it is read-only (grades and the end-of-cycle review, which come later, will
     * have their own way in): every edit of an objective, a key result, a check-in or a link comes through the
     * three methods above, so this one check covers them all. A 409, since the request is fine but the cycle's
     * state forbids it. Checked after the permission, so that nobody learns more than a 403 or 404 would say.
     */
    private void requireOpenCycle(Objective objective) {
        Cycle cycle = cycle(objective.cycleId());
        if (cycle.state() == CycleState.CLOSED) {
            throw new ConflictException("capokr.error.cycle.closed", cycle.name());
        }
    }

    private Objective objective(long id) {
        return objectives.byId(id)
                .orElseThrow(() -> new NotFoundException("capokr.error.objective.notFound", String.valueOf(id)));
    }

    private KeyResult keyResult(long id) {
        return keyResults.byId(id).orElseThrow(() -> keyResultNotFound(id));
    }

    private static NotFoundException keyResultNotFound(long id) {
        return new NotFoundException("capokr.error.keyResult.notFound", String.valueOf(id));
    }
}
