package io.capokr.service;

import java.util.ArrayList;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.okr.Change;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Ordering;
import io.capokr.okr.UserRef;
import io.capokr.store.KeyResultStore;

/** Creating, changing, ranking and deleting key results; whoever may edit the objective may do it. */
public class KeyResultService {

    private final KeyResultStore keyResults;
    private final Deletions deletions;
    private final Writes writes;
    private final Finder finder;
    private final ProgressHistory history;
    private final Owners owners;
    private final Clock clock;

    public KeyResultService(KeyResultStore keyResults, Deletions deletions, Writes writes, Finder finder,
                            ProgressHistory history, Owners owners, Clock clock) {
        this.keyResults = keyResults;
        this.deletions = deletions;
        this.writes = writes;
        this.finder = finder;
        this.history = history;
        this.owners = owners;
        this.clock = clock;
    }

    public KeyResult get(long id) {
        return finder.keyResultToView(id, finder.user());
    }

    /** The objective's key results, in rank order. */
    public List<KeyResult> forObjective(long objectiveId) {
        finder.objectiveToView(objectiveId, finder.user());
        return keyResults.forObjective(objectiveId);
    }

    /** {@code ownerKey} null: the caller owns it. */
    public KeyResult create(long objectiveId, KeyResultDraft draft, String ownerKey) {
        UserRef user = finder.user();
        // Under the objective's lock, which deleting it holds, so no key result is added to an objective being
        // deleted, and two key results added at once get ranks one after the other.
        return writes.onObjective(objectiveId, () -> {
            finder.objectiveToEdit(objectiveId, user);
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            String owner = owners.resolve(ownerKey, user.key(), user.key(), problems);
            ValidationException.throwIfAny(problems);
            KeyResult keyResult = new KeyResult(0, objectiveId, draft.cleanTitle(), owner, draft.toMeasure(),
                    draft.weightOrDefault(), 0, null, 1, null);
            KeyResult created = keyResults.create(keyResult, clock.now());
            history.record(List.of(created.id()));
            return created;
        });
    }

    /** A whole replacement: every field of {@code draft}; {@code ownerKey} null keeps the owner. */
    public KeyResult update(long id, KeyResultDraft draft, String ownerKey, Integer version) {
        return update(id, draft.asEdit(), ownerKey == null ? Change.keep() : Change.to(ownerKey), version);
    }

    /**
     * The fields the edit names, the others kept, merged here under the key result's lock; {@code ownerKey} cannot
     * be cleared. {@code version} is the one the caller read.
     */
    public KeyResult update(long id, KeyResultDraft.Edit edit, Change<String> ownerKey, Integer version) {
        UserRef user = finder.user();
        return writes.onKeyResult(id, () -> {
            KeyResult current = finder.keyResultToEdit(id, user);
            KeyResultDraft draft = edit.over(current);
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            Versions.requirePresent(version, problems);
            String owner = owners.edited(Change.orKeep(ownerKey), current.ownerKey(), user.key(), problems);
            ValidationException.throwIfAny(problems);
            KeyResult changed = new KeyResult(id, current.objectiveId(), draft.cleanTitle(), owner, draft.toMeasure(),
                    draft.weightOrDefault(), current.rank(), current.confidence(), current.version(), current.lastCheckInAt());
            KeyResult saved = Versions.saved(keyResults.update(changed, version, clock.now()));
            history.record(List.of(id));
            return saved;
        });
    }

    /** Deletes the key result with its links, check-ins and history. */
    public void delete(long id) {
        UserRef user = finder.user();
        long objectiveId = finder.keyResultToEdit(id, user).objectiveId();
        // The objective's lock too: the ranks of the key results left close up.
        writes.onObjectiveAndKeyResult(objectiveId, id, () -> {
            finder.keyResultToEdit(id, user);
            deletions.keyResult(id);
            return null;
        });
    }

    /** Puts an objective's key results in the given order, which must name each exactly once. */
    public List<KeyResult> reorder(long objectiveId, List<Long> orderedIds) {
        UserRef user = finder.user();
        return writes.onObjective(objectiveId, () -> {
            finder.objectiveToEdit(objectiveId, user);
            List<Long> existing = keyResults.forObjective(objectiveId).stream().map(KeyResult::id).toList();
            ValidationException.throwIfAny(Ordering.problems(existing, orderedIds));
            keyResults.rank(orderedIds);
            return keyResults.forObjective(objectiveId);
        });
    }
}
