package io.capokr.service;

import java.util.List;

import io.capokr.host.Clock;
import io.capokr.host.Messages;
import io.capokr.okr.CheckIn;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;
import io.capokr.okr.PageRequest;
import io.capokr.okr.Tally;
import io.capokr.okr.UserRef;
import io.capokr.store.CheckInStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.Transactions;

/** The weekly check-in: a metric's new value, a confidence, a note, and the progress at that moment. */
public class CheckInService {

    private final CheckInStore checkIns;
    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final Transactions transactions;
    private final EditLocks editLocks;
    private final Finder finder;
    private final Guard guard;
    private final Clock clock;
    private final Messages messages;

    public CheckInService(CheckInStore checkIns, KeyResultStore keyResults, InitiativeStore initiatives,
                          Transactions transactions, EditLocks editLocks, Finder finder, Guard guard, Clock clock, Messages messages) {
        this.checkIns = checkIns;
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.transactions = transactions;
        this.editLocks = editLocks;
        this.finder = finder;
        this.guard = guard;
        this.clock = clock;
        this.messages = messages;
    }

    public CheckIn record(long keyResultId, CheckInDraft draft) {
        UserRef user = guard.user();
        return editLocks.onKeyResult(keyResultId, () -> transactions.inTransaction(() -> {
            KeyResult keyResult = finder.keyResult(keyResultId);
            guard.requireWorkOn(user, keyResult, finder.objective(keyResult.objectiveId()));
            List<FieldProblem> problems = draft.problems(keyResult.measure());
            ValidationException.throwIfAny(problems, messages);
            Measure measure = keyResult.measure() instanceof Measure.Metric metric
                    ? metric.withCurrent(draft.value()) : keyResult.measure();
            Tally contributing = initiatives.talliesFor(List.of(keyResultId))
                    .getOrDefault(keyResultId, InitiativeStore.Tallies.none()).contributing();
            keyResults.recordCheckIn(keyResultId, measure, draft.confidenceLevel(), clock.now());
            return checkIns.create(new CheckIn(0, keyResultId, user.key(), clock.now(), draft.value(),
                    measure.progress(contributing), draft.confidenceLevel(), draft.cleanNote()));
        }));
    }

    /** One check-in of the key result, where its 201 points; another key result's check-in is not found here. */
    public CheckIn get(long keyResultId, long checkInId) {
        UserRef user = guard.user();
        KeyResult keyResult = finder.keyResult(keyResultId);
        guard.requireVisible(user, finder.objective(keyResult.objectiveId()));
        return checkIns.byId(checkInId).filter(checkIn -> checkIn.keyResultId() == keyResultId)
                .orElseThrow(() -> new NotFoundException(messages.text("capokr.error.notFound", String.valueOf(checkInId))));
    }

    public Page<CheckIn> list(long keyResultId, PageRequest page) {
        UserRef user = guard.user();
        KeyResult keyResult = finder.keyResult(keyResultId);
        guard.requireVisible(user, finder.objective(keyResult.objectiveId()));
        return new Page<>(page.startAt(), page.maxResults(), checkIns.countForKeyResult(keyResultId),
                checkIns.forKeyResult(keyResultId, page.startAt(), page.maxResults()));
    }
}
