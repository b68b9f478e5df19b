package io.capokr.service;

import io.capokr.host.Messages;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.store.CycleStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;

/** Loads what a call refers to by id, or refuses with a 404 in the caller's language. */
public class Finder {

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final Messages messages;

    public Finder(CycleStore cycles, ObjectiveStore objectives, KeyResultStore keyResults, Messages messages) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.messages = messages;
    }

    public Cycle cycle(long id) {
        return cycles.byId(id)
                .orElseThrow(() -> new NotFoundException(messages.text("capokr.error.cycle.notFound", String.valueOf(id))));
    }

    public Objective objective(long id) {
        return objectives.byId(id)
                .orElseThrow(() -> new NotFoundException(messages.text("capokr.error.objective.notFound", String.valueOf(id))));
    }

    public KeyResult keyResult(long id) {
        return keyResults.byId(id)
                .orElseThrow(() -> new NotFoundException(messages.text("capokr.error.keyResult.notFound", String.valueOf(id))));
    }
}
