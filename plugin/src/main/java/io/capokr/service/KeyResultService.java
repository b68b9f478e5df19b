package io.capokr.service;

import java.util.ArrayList;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.host.Messages;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.UserRef;
import io.capokr.store.CheckInStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.Transactions;

/** Creating, changing, ranking and deleting key results; whoever may edit the objective may do it. */
public class KeyResultService {

    public static final String VERSION = "version";

    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final CheckInStore checkIns;
    private final Transactions transactions;
    private final EditLocks editLocks;
    private final Finder finder;
    private final Guard guard;
    private final Owners owners;
    private final Clock clock;
    private final Messages messages;

    public KeyResultService(KeyResultStore keyResults, InitiativeStore initiatives, CheckInStore checkIns,
                            Transactions transactions, EditLocks editLocks, Finder finder, Guard guard, Owners owners, Clock clock,
                            Messages messages) {
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.checkIns = checkIns;
        this.transactions = transactions;
        this.editLocks = editLocks;
        this.finder = finder;
        this.guard = guard;
        this.owners = owners;
        this.clock = clock;
        this.messages = messages;
    }

    public KeyResult get(long id) {
        UserRef user = guard.user();
        KeyResult keyResult = finder.keyResult(id);
        guard.requireVisible(user, finder.objective(keyResult.objectiveId()));
        return keyResult;
    }

    /** The objective's key results, in rank order. */
    public List<KeyResult> forObjective(long objectiveId) {
        UserRef user = guard.user();
        guard.requireVisible(user, finder.objective(objectiveId));
        return keyResults.forObjective(objectiveId);
    }

    /** {@code ownerKey} null: the caller owns it. */
    public KeyResult create(long objectiveId, KeyResultDraft draft, String ownerKey) {
        UserRef user = guard.user();
        return transactions.inTransaction(() -> {
            guard.requireEditObjective(user, finder.objective(objectiveId));
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            String owner = owners.resolve(ownerKey, user.key(), user.key(), problems);
            ValidationException.throwIfAny(problems, messages);
            KeyResult keyResult = new KeyResult(0, objectiveId, draft.cleanTitle(), owner, draft.toMeasure(),
                    draft.weightOrDefault(), 0, null, 1);
            return keyResults.create(keyResult, clock.now());
        });
    }

    /** {@code ownerKey} null keeps the owner; {@code version} is the one the caller read. */
    public KeyResult update(long id, KeyResultDraft draft, String ownerKey, Integer version) {
        UserRef user = guard.user();
        return editLocks.onKeyResult(id, () -> transactions.inTransaction(() -> {
            KeyResult current = finder.keyResult(id);
            guard.requireEditObjective(user, finder.objective(current.objectiveId()));
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            if (version == null) {
                problems.add(FieldProblem.of(VERSION, "capokr.error.required"));
            }
            String owner = owners.resolve(ownerKey, current.ownerKey(), user.key(), problems);
            ValidationException.throwIfAny(problems, messages);
            KeyResult changed = new KeyResult(id, current.objectiveId(), draft.cleanTitle(), owner, draft.toMeasure(),
                    draft.weightOrDefault(), current.rank(), current.confidence(), current.version());
            return keyResults.update(changed, version, clock.now())
                    .orElseThrow(() -> new ConflictException(messages.text("capokr.error.stale")));
        }));
    }

    /** Deletes the key result with its links and check-ins. */
    public void delete(long id) {
        UserRef user = guard.user();
        editLocks.onKeyResult(id, () -> transactions.inTransaction(() -> {
            KeyResult keyResult = finder.keyResult(id);
            guard.requireEditObjective(user, finder.objective(keyResult.objectiveId()));
            checkIns.deleteForKeyResults(List.of(id));
            initiatives.deleteForKeyResults(List.of(id));
            keyResults.delete(List.of(id));
            return null;
        }));
    }

    /** Puts an objective's key results in the given order, which must name each exactly once. */
    public List<KeyResult> reorder(long objectiveId, List<Long> orderedIds) {
        UserRef user = guard.user();
        return transactions.inTransaction(() -> {
            Objective objective = finder.objective(objectiveId);
            guard.requireEditObjective(user, objective);
            Ordering.requireSameItems(keyResults.forObjective(objectiveId).stream().map(KeyResult::id).toList(),
                    orderedIds, messages);
            keyResults.rank(orderedIds);
            return keyResults.forObjective(objectiveId);
        });
    }
}
