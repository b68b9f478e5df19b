package io.capokr.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capokr.okr.CarryOver;
import io.capokr.okr.CloseOutcome;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.store.CarryOverStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;

/**
 * Loads key results with what closing into the next cycle needs of them: progress, the decision taken, and the
 * copy (and its cycle) a carried one lives on as. A fixed number of statements, whatever the number of key results:
 * objectives, key results, link tallies, carry-over marks, and the copies' objectives. Checks no permission: its
 * callers do.
 */
public class UnfinishedKeyResults {

    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final CarryOverStore marks;

    public UnfinishedKeyResults(ObjectiveStore objectives, KeyResultStore keyResults, InitiativeStore initiatives,
                                CarryOverStore marks) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.marks = marks;
    }

    /**
     * A key result and its decision. {@code carriedToCycleId} and {@code copyId}: where its copy lives, when it
     * was carried (null otherwise).
     */
    public record Row(Objective objective, KeyResult keyResult, double progress, CloseOutcome outcome,
                      Long copyId, Long carriedToCycleId) {

        public boolean unfinished() {
            return CarryOver.unfinished(progress);
        }
    }

    /** The unfinished key results of these objectives (all of one cycle), in objective then key result rank order. */
    public List<Row> of(List<Objective> inCycle) {
        List<KeyResult> krs = keyResults.forObjectives(inCycle.stream().map(Objective::id).toList());
        Map<Long, Objective> byId = inCycle.stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        List<Row> rows = rows(krs, byId).stream().filter(Row::unfinished).toList();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < inCycle.size(); i++) {
            rank.put(inCycle.get(i).id(), i);
        }
        return rows.stream().sorted(Comparator.comparing((Row row) -> rank.get(row.objective().id()))
                .thenComparing(row -> row.keyResult().rank()).thenComparing(row -> row.keyResult().id())).toList();
    }

    /** These key results, finished or not (unknown ids left out), each with its objective. */
    public List<Row> byIds(Collection<Long> ids) {
        List<KeyResult> krs = keyResults.byIds(ids);
        Map<Long, Objective> parents = objectives.byIds(krs.stream().map(KeyResult::objectiveId).distinct().toList())
                .stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        return rows(krs, parents);
    }

    private List<Row> rows(List<KeyResult> krs, Map<Long, Objective> parents) {
        List<Long> ids = krs.stream().map(KeyResult::id).toList();
        Map<Long, InitiativeStore.Tallies> tallies = initiatives.talliesFor(ids);
        Map<Long, CarryOverStore.Marks> marked = marks.marksFor(ids);
        Map<Long, Long> copyCycles = objectives.byIds(marked.values().stream().map(CarryOverStore.Marks::copy)
                        .filter(Objects::nonNull).map(CarryOverStore.Copy::objectiveId).distinct().toList())
                .stream().collect(Collectors.toMap(Objective::id, Objective::cycleId));
        List<Row> rows = new ArrayList<>();
        for (KeyResult keyResult : krs) {
            Objective objective = parents.get(keyResult.objectiveId());
            if (objective == null) {
                continue;
            }
            CarryOverStore.Marks mark = marked.get(keyResult.id());
            CarryOverStore.Copy copy = mark.copy();
            rows.add(new Row(objective, keyResult, keyResult.measure().progress(tallies.get(keyResult.id()).contributing()),
                    CarryOver.standing(mark.outcome(), copy != null), copy == null ? null : copy.keyResultId(),
                    copy == null ? null : copyCycles.get(copy.objectiveId())));
        }
        return rows;
    }

    /**
     * For the page: of these key results, those carried from or to another cycle, with that cycle, and those
     * dropped at close. At most three statements, whatever the number of key results.
     */
    public Map<Long, CarryNote> notes(Collection<Long> keyResultIds, List<Cycle> cycles) {
        Map<Long, CarryOverStore.Marks> marked = marks.marksFor(keyResultIds);
        Map<Long, Long> originObjectives = marks.objectivesOf(marked.values().stream().map(CarryOverStore.Marks::carriedFromId)
                .filter(Objects::nonNull).toList());
        List<Long> objectiveIds = new ArrayList<>(originObjectives.values());
        marked.values().stream().map(CarryOverStore.Marks::copy).filter(Objects::nonNull)
                .forEach(copy -> objectiveIds.add(copy.objectiveId()));
        Map<Long, Long> cycleOf = objectives.byIds(objectiveIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Objective::id, Objective::cycleId));
        Map<Long, Cycle> cycleById = cycles.stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
        Map<Long, CarryNote> notes = new HashMap<>();
        marked.forEach((id, mark) -> {
            Cycle from = mark.carriedFromId() == null ? null
                    : cycle(cycleById, cycleOf.get(originObjectives.get(mark.carriedFromId())));
            Cycle to = mark.copy() == null ? null : cycle(cycleById, cycleOf.get(mark.copy().objectiveId()));
            if (from != null || to != null || mark.outcome() == CloseOutcome.DROPPED) {
                notes.put(id, new CarryNote(from, to, mark.outcome() == CloseOutcome.DROPPED && to == null));
            }
        });
        return notes;
    }

    private static Cycle cycle(Map<Long, Cycle> cycles, Long id) {
        return id == null ? null : cycles.get(id);
    }
}
