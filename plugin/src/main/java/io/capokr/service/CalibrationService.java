package io.capokr.service;

import java.util.ArrayList;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.okr.Calibration;
import io.capokr.okr.CalibrationWarning;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.UserRef;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ProgressSnapStore;

/**
 * The calibration warnings ({@link Calibration}) of one key result, as a save answers them: its own, plus its
 * objective's "too many key results" when it is one too many, since saving it is when the team can still choose.
 * A closed cycle's key results get none: nobody can act on them any more.
 */
public class CalibrationService {

    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final ProgressSnapStore snaps;
    private final Finder finder;
    private final Clock clock;

    public CalibrationService(KeyResultStore keyResults, InitiativeStore initiatives, ProgressSnapStore snaps,
                              Finder finder, Clock clock) {
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.snaps = snaps;
        this.finder = finder;
        this.clock = clock;
    }

    public List<CalibrationWarning> forKeyResult(long keyResultId) {
        UserRef user = finder.user();
        Finder.Viewed viewed = finder.keyResultWithObjectiveToView(keyResultId, user);
        KeyResult keyResult = viewed.keyResult();
        Objective objective = viewed.objective();
        Cycle cycle = finder.cycle(objective.cycleId());
        if (cycle.state() == CycleState.CLOSED) {
            return List.of();
        }
        List<CalibrationWarning> warnings = new ArrayList<>(Calibration.ofKeyResult(keyResult,
                initiatives.talliesFor(List.of(keyResultId)).get(keyResultId).contributing(), cycle, clock.today(),
                snaps.forKeyResult(keyResultId)));
        warnings.addAll(Calibration.ofObjective(keyResults.forObjective(objective.id()).size()));
        return warnings;
    }
}
