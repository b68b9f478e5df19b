package io.capokr.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.CycleRules;
import io.capokr.okr.CycleTransition;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.PageRequest;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.ObjectiveStore;

/**
 * Cycles are site-wide: any logged-in user reads them, Jira administrators manage them: create, edit (name and
 * dates, with the {@code version} read), delete while planned and empty, start and close. Each cycle is returned
 * with the cycles it overlaps, all worked out from one read of every cycle, so a list costs one statement however
 * many there are. Changes to one cycle hold its lock ({@link Writes#onCycle}), which creating an objective in it
 * takes too, so a cycle cannot be deleted while an objective is being created in it.
 */
public class CycleService {

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final Writes writes;
    private final Guard guard;
    private final Clock clock;
    private final CarryOverDecisions carryOver;
    private final SiteSettings settings;

    public CycleService(CycleStore cycles, ObjectiveStore objectives, Writes writes, Guard guard, Clock clock,
                        CarryOverDecisions carryOver, SiteSettings settings) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.writes = writes;
        this.guard = guard;
        this.clock = clock;
        this.carryOver = carryOver;
        this.settings = settings;
    }

    public Page<CycleWithOverlaps> list(PageRequest page) {
        guard.user();
        List<Cycle> all = cycles.all();
        Page<Cycle> slice = Page.of(page, all);
        return new Page<>(slice.startAt(), slice.maxResults(), slice.total(),
                slice.values().stream().map(cycle -> CycleWithOverlaps.among(cycle, all)).toList());
    }

    public CycleWithOverlaps get(long id) {
        guard.user();
        List<Cycle> all = cycles.all();
        return CycleWithOverlaps.among(Finder.cycleAmong(id, all), all);
    }

    public CycleWithOverlaps create(CycleDraft draft) {
        UserRef admin = guard.administrator();
        return writes.inTransaction(() -> {
            int defaultLength = settings.defaultCycleLength();
            ValidationException.throwIfAny(draft.problems(defaultLength));
            Cycle cycle = draft.toNewCycle(defaultLength);
            List<Cycle> all = cycles.all();
            ValidationException.throwIfAny(CycleRules.nameProblems(cycle.name(), all));
            return withOthers(cycles.create(cycle, admin.key(), clock.now()), all);
        });
    }

    /** A whole replacement: every field of {@code draft}, as {@code POST} takes them. */
    public CycleWithOverlaps update(long id, CycleDraft draft, Integer version) {
        return update(id, draft.asEdit(), version);
    }

    /**
     * New name and dates, those the edit leaves out kept, merged here under the cycle's lock; {@code version} is the
     * one the caller read. A closed cycle stays as it was.
     */
    public CycleWithOverlaps update(long id, CycleDraft.Edit edit, Integer version) {
        guard.administrator();
        return writes.onCycle(id, () -> {
            List<Cycle> all = cycles.all();
            Cycle current = Finder.cycleAmong(id, all);
            CycleRules.editRefusal(current).ifPresent(key -> {
                throw new ConflictException(key, current.name());
            });
            int defaultLength = settings.defaultCycleLength();
            CycleDraft draft = edit.over(current);
            List<FieldProblem> problems = new ArrayList<>(draft.problems(defaultLength));
            Versions.requirePresent(version, problems);
            ValidationException.throwIfAny(problems);
            Cycle changed = draft.applyTo(current, defaultLength);
            ValidationException.throwIfAny(CycleRules.nameProblems(changed.name(), id, all));
            return withOthers(Versions.saved(cycles.update(changed, version)), all);
        });
    }

    /** Only a cycle still in planning, with no objective in it; anything else is a 409 saying why. */
    public void delete(long id) {
        guard.administrator();
        writes.onCycle(id, () -> {
            Cycle current = Finder.cycleAmong(id, cycles.all());
            CycleRules.deleteRefusal(current, objectives.countInCycle(id)).ifPresent(key -> {
                throw new ConflictException(key, current.name());
            });
            cycles.delete(id);
            return null;
        });
    }

    /** PLANNING → ACTIVE. */
    public CycleWithOverlaps start(long id) {
        return move(id, CycleTransition.START);
    }

    /** ACTIVE → CLOSED: the cycle and everything in it become read-only. */
    public CycleWithOverlaps close(long id) {
        return close(id, CarryRequest.none());
    }

    /**
     * ACTIVE → CLOSED, applying in the same transaction the administrator's decisions on unfinished key results
     * ({@link CarryOverDecisions}): all of them and the close, or nothing. Those left undecided can be decided later.
     */
    public CycleWithOverlaps close(long id, CarryRequest decisions) {
        return move(id, CycleTransition.CLOSE, decisions);
    }

    private CycleWithOverlaps move(long id, CycleTransition transition) {
        return move(id, transition, CarryRequest.none());
    }

    private CycleWithOverlaps move(long id, CycleTransition transition, CarryRequest decisions) {
        UserRef admin = guard.administrator();
        return writes.onCycles(touched(id, decisions), () -> {
            List<Cycle> all = cycles.all();
            Cycle current = Finder.cycleAmong(id, all);
            transition.refusal(current).ifPresent(key -> {
                throw new ConflictException(key, current.name());
            });
            carryOver.apply(current, all, decisions, admin);
            return withOthers(Versions.saved(cycles.update(current.inState(transition.to()), current.version())), all);
        });
    }

    /** The cycles whose locks a move takes: the cycle, and those a close carries key results into. */
    private Collection<Long> touched(long id, CarryRequest decisions) {
        return decisions.carryOver().isEmpty() ? List.of(id) : decisions.cyclesTouched(id, cycles.all());
    }

    /** The saved cycle with its overlaps among the others, read before the change (its own old row left out). */
    private static CycleWithOverlaps withOthers(Cycle saved, List<Cycle> before) {
        List<Cycle> all = new ArrayList<>(before.stream().filter(cycle -> cycle.id() != saved.id()).toList());
        all.add(saved);
        return CycleWithOverlaps.among(saved, all);
    }
}
