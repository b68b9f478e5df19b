package io.capokr.service;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.CycleRules;
import io.capokr.okr.PageRequest;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.Transactions;

/** Cycles are site-wide: any logged-in user reads them, Jira administrators manage them. */
public class CycleService {

    private final CycleStore cycles;
    private final Transactions transactions;
    private final Guard guard;
    private final Clock clock;

    public CycleService(CycleStore cycles, Transactions transactions, Guard guard, Clock clock) {
        this.cycles = cycles;
        this.transactions = transactions;
        this.guard = guard;
        this.clock = clock;
    }

    public Page<Cycle> list(PageRequest page) {
        guard.user();
        return Page.of(page, cycles.all());
    }

    public Cycle get(long id) {
        guard.user();
        return cycles.byId(id)
                .orElseThrow(() -> new NotFoundException("capokr.error.cycle.notFound", String.valueOf(id)));
    }

    public Cycle create(CycleDraft draft) {
        UserRef admin = guard.administrator();
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(draft.problems());
            Cycle cycle = draft.toNewCycle();
            ValidationException.throwIfAny(CycleRules.nameProblems(cycle.name(), cycles.all()));
            return cycles.create(cycle, admin.key(), clock.now());
        });
    }
}
