package io.capokr.service;

import java.util.List;

import io.capokr.okr.KeyResult;
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
 * aligned children stay, unaligned. Callers run it inside their transaction; it checks no permission.
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
        keyResults(List.of(id));
    }

    public void objective(long id) {
        keyResults(keyResults.forObjective(id).stream().map(KeyResult::id).toList());
        objectives.unalignChildrenOf(id);
        objectives.delete(id);
    }

    private void keyResults(List<Long> ids) {
        checkIns.deleteForKeyResults(ids);
        snaps.deleteForKeyResults(ids);
        reviews.deleteAdjustmentsOfKeyResults(ids);
        initiatives.deleteForKeyResults(ids);
        keyResults.delete(ids);
    }
}
