package io.capokr.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.host.IssueDirectory;
import io.capokr.okr.Initiative;
import io.capokr.store.InitiativeStore;
import io.capokr.store.Transactions;

/**
 * Drift repair (DESIGN §7): the links' copies of their issues' status category, story points and key are kept by
 * the issue listener, but some changes fire no issue event (a workflow status moved to another category, an update
 * made without dispatching an event, a project key renamed). The reconcile reads every link of the cycles not
 * closed a page at a time, asks the host for those issues' facts in bulk, and corrects the copies that drifted,
 * recording the new progress of their key results, one transaction per page. An issue the host no longer has is
 * counted as missing and left alone: deleting links is the issue listener's business.
 */
public class Reconcile {

    /** Links per page: one read of our table and one bulk read of the host's issues each. */
    static final int PAGE = 500;

    private final InitiativeStore initiatives;
    private final IssueDirectory issues;
    private final ProgressHistory history;
    private final Transactions transactions;
    private final Guard guard;
    private final Clock clock;
    private final SiteSettings settings;

    public Reconcile(InitiativeStore initiatives, IssueDirectory issues, ProgressHistory history,
                     Transactions transactions, Guard guard, Clock clock, SiteSettings settings) {
        this.initiatives = initiatives;
        this.issues = issues;
        this.history = history;
        this.transactions = transactions;
        this.guard = guard;
        this.clock = clock;
        this.settings = settings;
    }

    /** "Reconcile now", from the administration: Jira administrators only. */
    public ReconcileRun now() {
        guard.administrator();
        return run();
    }

    /** The reconcile itself, acting as the system (the scheduled job calls this); its result is kept as the last run. */
    public ReconcileRun run() {
        Instant started = clock.now();
        int checked = 0;
        int corrected = 0;
        int missing = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Initiative> page = transactions.inTransaction(() -> initiatives.openLinksAfter(from, PAGE));
            if (page.isEmpty()) {
                break;
            }
            var facts = issues.factsByIds(page.stream().map(Initiative::issueId).distinct().toList());
            InitiativeStore.Corrections corrections = transactions.inTransaction(() -> {
                InitiativeStore.Corrections done = initiatives.correct(page, facts, clock.now());
                history.record(done.keyResultIds());
                return done;
            });
            checked += page.size();
            corrected += corrections.links();
            missing += (int) page.stream().filter(link -> !facts.containsKey(link.issueId())).count();
            after = page.get(page.size() - 1).id();
            if (page.size() < PAGE) {
                break;
            }
        }
        ReconcileRun run = new ReconcileRun(started, checked, corrected, missing, Duration.between(started, clock.now()));
        settings.recordReconcile(run);
        return run;
    }
}
