package io.capokr.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.capokr.host.Clock;
import io.capokr.host.IssueDirectory;
import io.capokr.okr.CarryOver;
import io.capokr.okr.CloseOutcome;
import io.capokr.okr.Cycle;
import io.capokr.okr.Initiative;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.UserRef;
import io.capokr.store.CarryOverStore;
import io.capokr.store.InitiativeStore;

/**
 * Copies key results into later cycles ({@link CarryOver} says what a copy starts from) and marks the originals
 * CARRIED. In the target cycle, the objective copied earlier from the key result's objective is reused, or a copy
 * made; each key result takes its open linked issues along, their facts read again from the host so the copies are
 * current. Reads a fixed number of statements per target cycle whatever the number of key results (the target's
 * objectives, their key result ranks, the links, the marks, progress history's three); writes one insert per new
 * objective, key result, link and first history point, and one update per original. Runs inside the caller's
 * transaction and checks no permission: its callers have.
 */
public class Carrying {

    private final CarryOverStore store;
    private final InitiativeStore initiatives;
    private final IssueDirectory issues;
    private final ProgressHistory history;
    private final Clock clock;

    public Carrying(CarryOverStore store, InitiativeStore initiatives, IssueDirectory issues, ProgressHistory history,
                    Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.issues = issues;
        this.history = history;
        this.clock = clock;
    }

    /** One key result to carry, with its objective, to a cycle that may receive it. */
    public record Move(Objective objective, KeyResult keyResult, Cycle target) {
    }

    public List<CarryResult.Carried> carry(List<Move> moves, UserRef user) {
        if (moves.isEmpty()) {
            return List.of();
        }
        Instant now = clock.now();
        Map<Long, List<Initiative>> links = initiatives.forKeyResults(moves.stream().map(move -> move.keyResult().id()).toList())
                .stream().collect(Collectors.groupingBy(Initiative::keyResultId));
        Map<Long, IssueFacts> current = issues.visibleByIds(
                links.values().stream().flatMap(List::stream).map(Initiative::issueId).distinct().toList(), user);

        List<CarryResult.Carried> carried = new ArrayList<>();
        Map<Long, List<Move>> byTarget = moves.stream()
                .collect(Collectors.groupingBy(move -> move.target().id(), LinkedHashMap::new, Collectors.toList()));
        for (List<Move> toOneCycle : byTarget.values()) {
            Cycle target = toOneCycle.get(0).target();
            Map<Long, Long> objectiveCopies = objectiveCopies(toOneCycle, target, now);
            Map<Long, Integer> nextRanks = new HashMap<>(store.nextKeyResultRanks(objectiveCopies.values()));
            for (Move move : toOneCycle) {
                long objectiveCopy = objectiveCopies.get(move.objective().id());
                int rank = nextRanks.merge(objectiveCopy, 1, Integer::sum) - 1;
                long copy = store.copyKeyResult(move.keyResult(), objectiveCopy,
                        CarryOver.carriedMeasure(move.keyResult().measure()), rank, now);
                for (Initiative link : links.getOrDefault(move.keyResult().id(), List.of())) {
                    IssueFacts facts = current.getOrDefault(link.issueId(), stored(link));
                    if (CarryOver.carriesLink(facts.statusCategory())) {
                        initiatives.insert(copy, facts, link.contributes(), user.key(), now);
                    }
                }
                carried.add(new CarryResult.Carried(move.keyResult().id(), copy, target.id()));
            }
        }
        store.decide(carried.stream().map(CarryResult.Carried::keyResultId).toList(), CloseOutcome.CARRIED);
        // The copy's history starts the day it is made, at the progress its carried measure and open issues give.
        history.record(carried.stream().map(CarryResult.Carried::copyId).toList());
        return carried;
    }

    /**
     * The copy in {@code target} of each objective the moves come from: the one carried there before, or a new one.
     * Company objectives are copied first, so that a project objective carried with its parent aligns to the
     * parent's copy.
     */
    private Map<Long, Long> objectiveCopies(List<Move> moves, Cycle target, Instant now) {
        CarryOverStore.TargetObjectives there = store.objectivesIn(target.id());
        List<Objective> originals = moves.stream().map(Move::objective).distinct()
                .sorted(Comparator.comparing((Objective o) -> o.projectId() != null).thenComparing(Objective::rank)
                        .thenComparing(Objective::id)).toList();
        Map<Long, Long> copies = new HashMap<>();
        for (Objective original : originals) {
            Long copy = there.copies().get(original.id());
            if (copy == null) {
                Long parent = CarryOver.carriedParent(original.parentId(), there.ids()::contains, there.copies());
                copy = store.copyObjective(original, target.id(), parent, there.takeRank(original.projectId()), now);
                there.ids().add(copy);
                there.copies().put(original.id(), copy);
            }
            copies.put(original.id(), copy);
        }
        return copies;
    }

    /**
     * An issue the carrying user cannot see is carried as the link knew it: the issue events keep that copy
     * current, and leaving it behind would silently shrink the key result. Its summary is never shown from here.
     */
    private static IssueFacts stored(Initiative link) {
        return new IssueFacts(link.issueId(), link.issueKey(), "", link.statusCategory(), link.storyPoints(), 0);
    }
}
