package io.capokr.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capokr.okr.Cycle;
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

    /** Cycles are site-wide: anyone logged in may see each of them. */
    public Cycle cycle(long id) {
        return cycles.byId(id)
                .orElseThrow(() -> new NotFoundException("capokr.error.cycle.notFound", String.valueOf(id)));
    }

    /** An objective the caller may see. */
    public Objective objectiveToView(long id, UserRef user) {
        Objective objective = objective(id);
        guard.requireVisible(user, objective);
        return objective;
    }

    /** An objective the caller may change, along with its key results. */
    public Objective objectiveToEdit(long id, UserRef user) {
        Objective objective = objective(id);
        guard.requireEditObjective(user, objective);
        return objective;
    }

    /** A key result the caller may see: one of an objective they may see. */
    public KeyResult keyResultToView(long id, UserRef user) {
        KeyResult keyResult = keyResult(id);
        guard.requireVisible(user, objective(keyResult.objectiveId()));
        return keyResult;
    }

    /** A key result the caller may change or delete: whoever may edit its objective. */
    public KeyResult keyResultToEdit(long id, UserRef user) {
        KeyResult keyResult = keyResult(id);
        guard.requireEditObjective(user, objective(keyResult.objectiveId()));
        return keyResult;
    }

    /** A key result the caller may work on: check in, link and unlink issues (DESIGN §8). */
    public KeyResult keyResultToWork(long id, UserRef user) {
        KeyResult keyResult = keyResult(id);
        guard.requireWorkOn(user, keyResult, objective(keyResult.objectiveId()));
        return keyResult;
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

    private Objective objective(long id) {
        return objectives.byId(id)
                .orElseThrow(() -> new NotFoundException("capokr.error.objective.notFound", String.valueOf(id)));
    }

    private KeyResult keyResult(long id) {
        return keyResults.byId(id)
                .orElseThrow(() -> new NotFoundException("capokr.error.keyResult.notFound", String.valueOf(id)));
    }
}
