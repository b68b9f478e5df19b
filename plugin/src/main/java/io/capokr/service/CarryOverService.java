package io.capokr.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capokr.okr.CarryOver;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.ObjectiveStore;

/**
 * Closing into the next cycle, apart from the close itself ({@link CycleService#close(long, CarryRequest)}):
 * listing a cycle's unfinished key results with their decisions, and deciding later, on a closed cycle, for those
 * left undecided at close (or dropped, then wanted after all). A closed cycle is read-only but for this, grades and
 * the end-of-cycle review. Decisions on one cycle hold its lock, so two people cannot carry the same key result.
 */
public class CarryOverService {

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final UnfinishedKeyResults unfinished;
    private final CarryOverDecisions decisions;
    private final Writes writes;
    private final Guard guard;

    public CarryOverService(CycleStore cycles, ObjectiveStore objectives, UnfinishedKeyResults unfinished,
                            CarryOverDecisions decisions, Writes writes, Guard guard) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.unfinished = unfinished;
        this.decisions = decisions;
        this.writes = writes;
        this.guard = guard;
    }

    /**
     * The unfinished key results of an ACTIVE or CLOSED cycle that the caller may see ({@code projectKey}: only that
     * project's; blank: all, company ones included). A planned cycle has nothing to close yet: a 409. Six statements
     * at most, whatever the number of key results.
     */
    public UnfinishedList unfinished(long cycleId, String projectKey) {
        UserRef user = guard.user();
        ProjectRef only = projectKey == null || projectKey.isBlank() ? null : guard.browsableProject(user, projectKey.trim());
        List<Cycle> all = cycles.all();
        Cycle cycle = Finder.cycleAmong(cycleId, all);
        if (cycle.state() == CycleState.PLANNING) {
            throw new ConflictException("capokr.carry.error.planning", cycle.name());
        }
        List<Objective> inScope = only == null ? objectives.inCycle(cycle.id()) : objectives.inScope(cycle.id(), only.id());
        boolean administrator = guard.isAdministrator(user);
        Map<Long, Optional<ProjectRef>> projects = new HashMap<>();
        Map<Long, Cycle> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<UnfinishedList.Item> items = new ArrayList<>();
        for (UnfinishedKeyResults.Row row : unfinished.of(inScope)) {
            Objective objective = row.objective();
            ProjectRef project = null;
            if (!objective.isCompanyObjective()) {
                Optional<ProjectRef> visible = projects.computeIfAbsent(objective.projectId(), id -> guard.browsableProject(user, id));
                if (visible.isEmpty()) {
                    continue;
                }
                project = visible.get();
            }
            // At close only Jira administrators decide; afterwards, whoever runs the project's rituals too.
            boolean canDecide = cycle.state() == CycleState.ACTIVE ? administrator : decisions.mayDecide(user, row);
            items.add(new UnfinishedList.Item(objective, row.keyResult(), project, row.progress(), row.outcome(),
                    row.carriedToCycleId() == null ? null : byId.get(row.carriedToCycleId()), row.copyId(), canDecide));
        }
        items.sort(Comparator.comparing((UnfinishedList.Item item) -> item.project() == null ? "" : item.project().name())
                .thenComparing(item -> item.project() == null ? 0L : item.project().id()));
        return new UnfinishedList(cycle, CarryOver.nextCycle(cycle, all).orElse(null), CarryOver.targets(cycle, all), items);
    }

    /** Decides on unfinished key results of a closed cycle; see {@link CarryOverDecisions} for who and what. */
    public CarryResult decide(long cycleId, CarryRequest request) {
        UserRef user = guard.user();
        // Every cycle it carries into is locked too, so that none can be closed while a copy lands in it.
        return writes.onCycles(request.cyclesTouched(cycleId, cycles.all()), () -> {
            List<Cycle> all = cycles.all();
            Cycle cycle = Finder.cycleAmong(cycleId, all);
            if (cycle.state() != CycleState.CLOSED) {
                throw new ConflictException("capokr.carry.error.notClosed", cycle.name());
            }
            return decisions.apply(cycle, all, request, user);
        });
    }

    /**
     * For the page: of these key results (ones the caller sees), those carried from or to another cycle, or
     * dropped; {@code cycles}: every cycle, as the page has already read them. Three statements at most.
     */
    public Map<Long, CarryNote> notes(Collection<Long> keyResultIds, List<Cycle> cycles) {
        guard.user();
        return unfinished.notes(keyResultIds, cycles);
    }
}
