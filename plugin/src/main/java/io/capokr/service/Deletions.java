package io.capokr.service;

import java.util.List;

import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.store.CheckInStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.ProgressSnapStore;
import io.capokr.store.ReviewStore;

/**
 * What goes with an objective or a key result when it is deleted, in one place so that both deletes leave
 * no orphan: a key result takes its check-ins, links,
 * progress history and the record of its mid-cycle adjustments along; an objective takes its key results, and its
 * aligned children stay, unaligned. The ranks of what is left in the list close up (0, 1, 2...), so ranks stay dense.
 * Callers run it inside their transaction, holding the locks {@link Writes} names for deletes; it checks no permission.
 */
public class Deletions {

    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final CheckInStore checkIns;
    private final ProgressSnapStore snaps;
    private final ReviewStore reviews;

    public Deletions(ObjectiveStore objectives, KeyResultStore keyResults, InitiativeStore initiatives,
                     CheckInStore checkIns, ProgressSnapStore snaps, ReviewStore reviews) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.checkIns = checkIns;
        this.snaps = snaps;
        this.reviews = reviews;
    }

    public void keyResult(long id) {
        Long objectiveId = keyResults.byId(id).map(KeyResult::objectiveId).orElse(null);
        keyResults(List.of(id));
        if (objectiveId != null) {
            keyResults.closeRanks(objectiveId);
        }
    }

    public void objective(long id) {
        Objective objective = objectives.byId(id).orElse(null);
        keyResults(keyResultIdsOf(id));
        objectives.unalignChildrenOf(id);
        objectives.delete(id);
        if (objective != null) {
            objectives.closeRanks(objective.cycleId(), objective.projectId());
        }
    }

    /** The key results an objective's deletion takes along, for the locks it must hold first. */
    public List<Long> keyResultIdsOf(long objectiveId) {
        return keyResults.forObjective(objectiveId).stream().map(KeyResult::id).toList();
    }

    private void keyResults(List<Long> ids) {
        checkIns.deleteForKeyResults(ids);
        snaps.deleteForKeyResults(ids);
        reviews.deleteAdjustmentsOfKeyResults(ids);
        initiatives.deleteForKeyResults(ids);
        keyResults.delete(ids);
    }
}
