package io.capokr.service;

import java.util.List;

import io.capokr.host.Clock;
import io.capokr.okr.CheckIn;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;
import io.capokr.okr.PageRequest;
import io.capokr.okr.UserRef;
import io.capokr.store.CheckInStore;
import io.capokr.store.KeyResultStore;

/** The weekly check-in: a metric's new value, a confidence, a note, and the progress at that moment. */
public class CheckInService {

    private final CheckInStore checkIns;
    private final KeyResultStore keyResults;
    private final ProgressHistory history;
    private final Writes writes;
    private final Finder finder;
    private final Guard guard;
    private final Clock clock;

    public CheckInService(CheckInStore checkIns, KeyResultStore keyResults, ProgressHistory history, Writes writes,
                          Finder finder, Guard guard, Clock clock) {
        this.checkIns = checkIns;
        this.keyResults = keyResults;
        this.history = history;
        this.writes = writes;
        this.finder = finder;
        this.guard = guard;
        this.clock = clock;
    }

    public CheckIn record(long keyResultId, CheckInDraft draft) {
        UserRef user = guard.user();
        return writes.onKeyResult(keyResultId, () -> {
            KeyResult keyResult = finder.keyResultToWork(keyResultId, user);
            ValidationException.throwIfAny(draft.problems(keyResult.measure()));
            Measure measure = keyResult.measure() instanceof Measure.Metric metric
                    ? metric.withCurrent(draft.value()) : keyResult.measure();
            keyResults.recordCheckIn(keyResultId, measure, draft.confidenceLevel(), clock.now());
            double progress = history.record(List.of(keyResultId)).get(keyResultId);
            return checkIns.create(new CheckIn(0, keyResultId, user.key(), clock.now(), draft.value(),
                    progress, draft.confidenceLevel(), draft.cleanNote(), draft.isBlocker()));
        });
    }

    /** One check-in of the key result, where its 201 points; another key result's check-in is not found here. */
    public CheckIn get(long keyResultId, long checkInId) {
        finder.keyResultToView(keyResultId, guard.user());
        return checkIns.byId(checkInId).filter(checkIn -> checkIn.keyResultId() == keyResultId)
                .orElseThrow(() -> new NotFoundException("capokr.error.checkIn.notFound", String.valueOf(checkInId)));
    }

    public Page<CheckIn> list(long keyResultId, PageRequest page) {
        finder.keyResultToView(keyResultId, guard.user());
        return new Page<>(page.startAt(), page.maxResults(), checkIns.countForKeyResult(keyResultId),
                checkIns.forKeyResult(keyResultId, page.startAt(), page.maxResults()));
    }
}
