package io.capokr.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.capokr.host.Clock;
import io.capokr.host.Messages;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CheckInStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.Transactions;

/** Creating, changing, ranking and deleting objectives, with DESIGN §8's permissions. */
public class ObjectiveService {

    private final ObjectiveStore objectives;
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

    public ObjectiveService(ObjectiveStore objectives, KeyResultStore keyResults, InitiativeStore initiatives,
                            CheckInStore checkIns, Transactions transactions, EditLocks editLocks, Finder finder, Guard guard,
                            Owners owners, Clock clock, Messages messages) {
        this.objectives = objectives;
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

    public Objective get(long id) {
        UserRef user = guard.user();
        Objective objective = finder.objective(id);
        guard.requireVisible(user, objective);
        return objective;
    }

    public Objective create(ObjectiveCommand command) {
        UserRef user = guard.user();
        ProjectRef project = command.projectKey() == null || command.projectKey().isBlank()
                ? null : guard.browsableProject(user, command.projectKey().trim(), ObjectiveCommand.PROJECT_KEY);
        guard.requireCreateObjective(user, project);
        return transactions.inTransaction(() -> {
            List<FieldProblem> problems = new ArrayList<>(command.draft().problems());
            Cycle cycle = openCycle(command.cycleId(), problems);
            checkParent(user, command.parentId(), cycle, null, problems);
            String owner = owners.resolve(command.ownerKey(), user.key(), user.key(), problems);
            ValidationException.throwIfAny(problems, messages);
            Objective objective = new Objective(0, cycle.id(), project == null ? null : project.id(), command.parentId(),
                    command.draft().cleanTitle(), command.draft().cleanDescription(), owner,
                    command.draft().objectiveType(), 0, null, 1);
            return objectives.create(objective, clock.now());
        });
    }

    public Objective update(long id, ObjectiveCommand command) {
        UserRef user = guard.user();
        return editLocks.onObjective(id, () -> transactions.inTransaction(() -> {
            Objective current = finder.objective(id);
            guard.requireEditObjective(user, current);
            List<FieldProblem> problems = new ArrayList<>(command.draft().problems());
            if (command.version() == null) {
                problems.add(FieldProblem.of(ObjectiveCommand.VERSION, "capokr.error.required"));
            }
            checkParent(user, command.parentId(), finder.cycle(current.cycleId()), current, problems);
            String owner = owners.resolve(command.ownerKey(), current.ownerKey(), user.key(), problems);
            ValidationException.throwIfAny(problems, messages);
            Objective changed = new Objective(id, current.cycleId(), current.projectId(), command.parentId(),
                    command.draft().cleanTitle(), command.draft().cleanDescription(), owner,
                    command.draft().objectiveType(), current.rank(), current.grade(), current.version());
            return objectives.update(changed, command.version(), clock.now())
                    .orElseThrow(() -> new ConflictException(messages.text("capokr.error.stale")));
        }));
    }

    /** Deletes the objective with its key results, their links and check-ins; aligned children stay, unaligned. */
    public void delete(long id) {
        UserRef user = guard.user();
        editLocks.onObjective(id, () -> transactions.inTransaction(() -> {
            Objective objective = finder.objective(id);
            guard.requireEditObjective(user, objective);
            List<Long> keyResultIds = keyResults.forObjective(id).stream().map(KeyResult::id).toList();
            checkIns.deleteForKeyResults(keyResultIds);
            initiatives.deleteForKeyResults(keyResultIds);
            keyResults.delete(keyResultIds);
            objectives.unalignChildrenOf(id);
            objectives.delete(id);
            return null;
        }));
    }

    /**
     * Puts a scope's objectives (a project's, or the company's, in one cycle) in the given order.
     * The list must name each of them exactly once, so a stale page cannot drop one from the order.
     */
    public List<Objective> reorder(long cycleId, String projectKey, List<Long> orderedIds) {
        UserRef user = guard.user();
        ProjectRef project = projectKey == null || projectKey.isBlank()
                ? null : guard.browsableProject(user, projectKey.trim(), ObjectiveCommand.PROJECT_KEY);
        guard.requireCreateObjective(user, project);
        return transactions.inTransaction(() -> {
            List<FieldProblem> problems = new ArrayList<>();
            openCycle(cycleId, problems);
            ValidationException.throwIfAny(problems, messages);
            List<Objective> scope = objectives.inScope(cycleId, project == null ? null : project.id());
            Ordering.requireSameItems(scope.stream().map(Objective::id).toList(), orderedIds, messages);
            objectives.rank(orderedIds);
            return objectives.inScope(cycleId, project == null ? null : project.id());
        });
    }

    private Cycle openCycle(Long cycleId, List<FieldProblem> problems) {
        if (cycleId == null) {
            problems.add(FieldProblem.of(ObjectiveCommand.CYCLE_ID, "capokr.error.required"));
            return null;
        }
        try {
            Cycle cycle = finder.cycle(cycleId);
            if (cycle.state() == CycleState.CLOSED) {
                problems.add(FieldProblem.of(ObjectiveCommand.CYCLE_ID, "capokr.error.cycle.closed", cycle.name()));
            }
            return cycle;
        } catch (NotFoundException e) {
            problems.add(FieldProblem.of(ObjectiveCommand.CYCLE_ID, "capokr.error.cycle.notFound", String.valueOf(cycleId)));
            return null;
        }
    }

    /** A parent must be a visible objective of the same cycle, and not the objective itself or below it. */
    private void checkParent(UserRef user, Long parentId, Cycle cycle, Objective self, List<FieldProblem> problems) {
        if (parentId == null || cycle == null) {
            return;
        }
        Objective parent = objectives.byId(parentId).orElse(null);
        if (parent == null || !isVisible(user, parent) || parent.cycleId() != cycle.id()) {
            problems.add(FieldProblem.of(ObjectiveCommand.PARENT_ID, "capokr.error.objective.parent"));
        } else if (self != null && createsLoop(self.id(), parent)) {
            problems.add(FieldProblem.of(ObjectiveCommand.PARENT_ID, "capokr.error.objective.parentLoop"));
        }
    }

    private boolean isVisible(UserRef user, Objective objective) {
        try {
            guard.requireVisible(user, objective);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Walks up from the proposed parent; reaching the objective itself would make a loop. */
    private boolean createsLoop(long selfId, Objective parent) {
        java.util.Set<Long> seen = new HashSet<>();
        Objective step = parent;
        while (step != null && seen.add(step.id())) {
            if (step.id() == selfId) {
                return true;
            }
            step = step.parentId() == null ? null : objectives.byId(step.parentId()).orElse(null);
        }
        return false;
    }
}
