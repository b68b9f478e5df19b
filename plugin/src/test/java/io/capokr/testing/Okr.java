package io.capokr.testing;

import java.util.Locale;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.service.CheckInService;
import io.capokr.service.CycleService;
import io.capokr.service.EditLocks;
import io.capokr.service.Finder;
import io.capokr.service.Guard;
import io.capokr.service.InitiativeService;
import io.capokr.service.IssueSync;
import io.capokr.service.KeyResultService;
import io.capokr.service.ObjectiveService;
import io.capokr.service.Owners;
import io.capokr.service.ProjectOkrService;
import io.capokr.store.CheckInEntity;
import io.capokr.store.CheckInStore;
import io.capokr.store.CycleEntity;
import io.capokr.store.CycleStore;
import io.capokr.store.InitiativeEntity;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveEntity;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.Transactions;
import net.java.ao.RawEntity;

/**
 * The app's services wired as the Spring XML wires them, on a real ActiveObjects and a {@link FakeHost}:
 * what service tests exercise, from permission check to SQL.
 */
public final class Okr {

    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
            CycleEntity.class, ObjectiveEntity.class, KeyResultEntity.class, InitiativeEntity.class, CheckInEntity.class};

    public final CycleService cycles;
    public final ObjectiveService objectives;
    public final KeyResultService keyResults;
    public final InitiativeService initiatives;
    public final CheckInService checkIns;
    public final ProjectOkrService projectOkrs;
    public final IssueSync issueSync;

    public Okr(ActiveObjects ao, FakeHost host, Locale locale) {
        BundleMessages messages = new BundleMessages(locale);
        Transactions transactions = new Transactions(ao);
        CycleStore cycleStore = new CycleStore(ao);
        ObjectiveStore objectiveStore = new ObjectiveStore(ao);
        KeyResultStore keyResultStore = new KeyResultStore(ao);
        InitiativeStore initiativeStore = new InitiativeStore(ao);
        CheckInStore checkInStore = new CheckInStore(ao);
        Guard guard = new Guard(host, host, messages);
        Finder finder = new Finder(cycleStore, objectiveStore, keyResultStore, messages);
        Owners owners = new Owners(host);
        EditLocks editLocks = new EditLocks(host, messages);
        cycles = new CycleService(cycleStore, transactions, guard, host, messages);
        objectives = new ObjectiveService(objectiveStore, keyResultStore, initiativeStore, checkInStore, transactions,
                editLocks, finder, guard, owners, host, messages);
        keyResults = new KeyResultService(keyResultStore, initiativeStore, checkInStore, transactions, editLocks, finder, guard,
                owners, host, messages);
        initiatives = new InitiativeService(initiativeStore, host, transactions, editLocks, finder, guard, host, messages);
        checkIns = new CheckInService(checkInStore, keyResultStore, initiativeStore, transactions, editLocks, finder, guard, host,
                messages);
        projectOkrs = new ProjectOkrService(cycleStore, objectiveStore, keyResultStore, initiativeStore, guard, host,
                messages);
        issueSync = new IssueSync(initiativeStore, transactions);
    }

    public Okr(ActiveObjects ao, FakeHost host) {
        this(ao, host, Locale.ROOT);
    }
}
