package io.capokr.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capokr.okr.CarryOver;
import io.capokr.okr.CloseOutcome;
import io.capokr.okr.Cycle;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.UserRef;
import io.capokr.store.CarryOverStore;

/**
 * Checks and applies carry-over decisions on the unfinished key results of one cycle, for a close (the cycle still
 * ACTIVE, by a Jira administrator) or later (the cycle CLOSED). In this order, so that nobody learns more than they
 * may: a key result that is unknown or hidden from the caller is a 404; one they may not decide a 403 (company
 * objectives' key results: Jira administrators; a project's: its administrators and the objective's owner, and Jira
 * administrators); a bad request a 400 naming the field ({@code keyResultId}, {@code drop}, {@code toCycleId}); a
 * key result already carried a 409. Nothing is written unless every decision passes. Runs inside the caller's
 * transaction.
 */
public class CarryOverDecisions {

    public static final String KEY_RESULT_ID = "keyResultId";
    public static final String DROP = "drop";
    public static final String TO_CYCLE_ID = "toCycleId";

    private final UnfinishedKeyResults keyResults;
    private final Carrying carrying;
    private final CarryOverStore marks;
    private final Guard guard;

    public CarryOverDecisions(UnfinishedKeyResults keyResults, Carrying carrying, CarryOverStore marks, Guard guard) {
        this.keyResults = keyResults;
        this.carrying = carrying;
        this.marks = marks;
        this.guard = guard;
    }

    public CarryResult apply(Cycle from, List<Cycle> all, CarryRequest request, UserRef user) {
        if (request.isEmpty()) {
            return CarryResult.none();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        for (CarryRequest.Carry carry : request.carryOver()) {
            if (carry == null || carry.keyResultId() == null) {
                problems.add(FieldProblem.of(KEY_RESULT_ID, "capokr.error.required"));
            } else if (!named.add(carry.keyResultId())) {
                problems.add(FieldProblem.of(KEY_RESULT_ID, "capokr.carry.error.twice", carry.keyResultId()));
            } else {
                ids.add(carry.keyResultId());
            }
        }
        for (Long drop : request.drop()) {
            if (drop == null) {
                problems.add(FieldProblem.of(DROP, "capokr.error.required"));
            } else if (!named.add(drop)) {
                problems.add(FieldProblem.of(DROP, "capokr.carry.error.twice", drop));
            } else {
                ids.add(drop);
            }
        }
        ValidationException.throwIfAny(problems);

        Map<Long, UnfinishedKeyResults.Row> rows = keyResults.byIds(ids).stream()
                .collect(Collectors.toMap(row -> row.keyResult().id(), Function.identity()));
        for (Long id : ids) {
            UnfinishedKeyResults.Row row = rows.get(id);
            if (row == null || !guard.canView(user, row.objective())) {
                throw new NotFoundException("capokr.error.keyResult.notFound", String.valueOf(id));
            }
        }
        for (Long id : ids) {
            if (!mayDecide(user, rows.get(id))) {
                throw new PermissionDeniedException("capokr.carry.error.cannotDecide", rows.get(id).keyResult().title());
            }
        }

        Map<Long, Cycle> cycles = all.stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
        Optional<Cycle> next = CarryOver.nextCycle(from, all);
        List<Carrying.Move> moves = new ArrayList<>();
        for (CarryRequest.Carry carry : request.carryOver()) {
            UnfinishedKeyResults.Row row = rows.get(carry.keyResultId());
            checkInCycleAndUnfinished(row, from, KEY_RESULT_ID, problems);
            Cycle target = carry.toCycleId() == null ? next.orElse(null) : cycles.get(carry.toCycleId());
            if (target == null) {
                problems.add(carry.toCycleId() == null
                        ? FieldProblem.of(TO_CYCLE_ID, "capokr.carry.error.noNextCycle", from.name())
                        : FieldProblem.of(TO_CYCLE_ID, "capokr.carry.error.targetUnknown", String.valueOf(carry.toCycleId())));
                continue;
            }
            CarryOver.targetRefusal(from, target)
                    .ifPresent(key -> problems.add(FieldProblem.of(TO_CYCLE_ID, key, target.name())));
            moves.add(new Carrying.Move(row.objective(), row.keyResult(), target));
        }
        List<Long> drops = new ArrayList<>();
        for (Long drop : request.drop()) {
            checkInCycleAndUnfinished(rows.get(drop), from, DROP, problems);
            drops.add(drop);
        }
        ValidationException.throwIfAny(problems);

        Map<Long, CloseOutcome> wanted = new LinkedHashMap<>();
        moves.forEach(move -> wanted.put(move.keyResult().id(), CloseOutcome.CARRIED));
        drops.forEach(id -> wanted.put(id, CloseOutcome.DROPPED));
        wanted.forEach((id, outcome) -> CarryOver.decisionRefusal(rows.get(id).outcome(), outcome).ifPresent(key -> {
            throw new ConflictException(key, rows.get(id).keyResult().title());
        }));

        marks.decide(drops, CloseOutcome.DROPPED);
        return new CarryResult(carrying.carry(moves, user), drops);
    }

    /** Whether the caller may decide on this key result: see the class comment. */
    public boolean mayDecide(UserRef user, UnfinishedKeyResults.Row row) {
        return guard.isAdministrator(user) || guard.canEditObjective(user, row.objective());
    }

    private static void checkInCycleAndUnfinished(UnfinishedKeyResults.Row row, Cycle from, String field, List<FieldProblem> problems) {
        if (row.objective().cycleId() != from.id()) {
            problems.add(FieldProblem.of(field, "capokr.carry.error.notInCycle", row.keyResult().title(), from.name()));
        } else if (!row.unfinished()) {
            problems.add(FieldProblem.of(field, "capokr.carry.error.finished", row.keyResult().title()));
        }
    }
}
