package io.capokr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capokr.host.Clock;
import io.capokr.okr.History;
import io.capokr.okr.KeyResult;
import io.capokr.okr.ProgressPoint;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ProgressSnapStore;

/**
 * Writes progress history: every service that may change a key result's progress (creating or editing it, a
 * check-in, linking or unlinking issues, an issue sync) calls {@link #record} inside its own transaction, after
 * the change, so the snapshot commits or rolls back with it and no scheduled job is needed. It checks no
 * permission: its callers have.
 */
public class ProgressHistory {

    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final ProgressSnapStore snaps;
    private final Clock clock;

    public ProgressHistory(KeyResultStore keyResults, InitiativeStore initiatives, ProgressSnapStore snaps, Clock clock) {
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.snaps = snaps;
        this.clock = clock;
    }

    /**
     * Works out these key results' progress as it now is, and keeps today's point of each whose progress differs
     * from its latest point ({@link History#step}). Reads in three statements and deletes in at most one, however
     * many key results; then one insert per key result whose progress changed. Returns each key result's progress.
     */
    public Map<Long, Double> record(Collection<Long> keyResultIds) {
        Map<Long, Double> progress = new HashMap<>();
        if (keyResultIds.isEmpty()) {
            return progress;
        }
        List<KeyResult> found = keyResults.byIds(keyResultIds);
        Map<Long, InitiativeStore.Tallies> tallies = initiatives.talliesFor(keyResultIds);
        Map<Long, List<ProgressPoint>> points = snaps.forKeyResults(keyResultIds);
        LocalDate today = clock.today();
        List<Long> clearToday = new ArrayList<>();
        Map<Long, ProgressPoint> add = new HashMap<>();
        for (KeyResult keyResult : found) {
            double now = keyResult.measure().progress(tallies.get(keyResult.id()).contributing());
            progress.put(keyResult.id(), now);
            List<ProgressPoint> own = points.getOrDefault(keyResult.id(), List.of());
            ProgressPoint latest = own.isEmpty() ? null : own.get(own.size() - 1);
            ProgressPoint previous = own.size() < 2 ? null : own.get(own.size() - 2);
            switch (History.step(latest, previous, today, now)) {
                case ADD -> add.put(keyResult.id(), new ProgressPoint(today, now));
                case REPLACE -> {
                    clearToday.add(keyResult.id());
                    add.put(keyResult.id(), new ProgressPoint(today, now));
                }
                case REMOVE -> clearToday.add(keyResult.id());
                case KEEP -> {
                }
            }
        }
        snaps.deleteDay(clearToday, today);
        add.forEach(snaps::add);
        return progress;
    }
}
