package io.capokr.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.capokr.okr.History;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.UserRef;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ProgressSnapStore;
import io.capokr.store.ReviewStore;

/**
 * Reading progress history: a key result's points, and its objective's weighted progress per day. Whoever may see
 * the key result or the objective may read its history; a constant number of statements, however many points.
 */
public class HistoryService {

    private final KeyResultStore keyResults;
    private final ProgressSnapStore snaps;
    private final Finder finder;
    private final Guard guard;
    private final ReviewStore reviews;

    public HistoryService(KeyResultStore keyResults, ProgressSnapStore snaps, Finder finder, Guard guard,
                          ReviewStore reviews) {
        this.keyResults = keyResults;
        this.snaps = snaps;
        this.finder = finder;
        this.guard = guard;
        this.reviews = reviews;
    }

    /** The key result's progress on each day it changed, earliest first. */
    public List<ProgressPoint> ofKeyResult(long keyResultId) {
        finder.keyResultToView(keyResultId, guard.user());
        return snaps.forKeyResult(keyResultId);
    }

    /**
     * The changes mid-cycle reviews made to the key result (a new target, a reworded title), each with the value it
     * replaced, oldest first: what its progress was measured against before.
     */
    public List<KrAdjustment> adjustmentsOf(long keyResultId) {
        finder.keyResultToView(keyResultId, guard.user());
        return reviews.adjustmentsOfKeyResult(keyResultId);
    }

    /** The objective's progress on each day one of its key results changed, earliest first ({@link History#ofObjective}). */
    public List<ProgressPoint> ofObjective(long objectiveId) {
        finder.objectiveToView(objectiveId, guard.user());
        List<KeyResult> own = keyResults.forObjective(objectiveId);
        Map<Long, List<ProgressPoint>> points = snaps.forKeyResults(own.stream().map(KeyResult::id).toList());
        Map<Long, Double> weights = own.stream().collect(Collectors.toMap(KeyResult::id, KeyResult::weight));
        return History.ofObjective(points, weights);
    }
}
