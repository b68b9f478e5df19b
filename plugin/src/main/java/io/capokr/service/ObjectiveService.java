package io.capokr.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.Ordering;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.ObjectiveStore;

/** Creating, changing, ranking and deleting objectives, with DESIGN §8's permissions. */
public class ObjectiveService {

    private final ObjectiveStore objectives;
    private final Deletions deletions;
    private final Writes writes;
    private final Finder finder;
    private final Guard guard;
    private final Owners owners;
    private final Clock clock;

    public ObjectiveService(ObjectiveStore objectives, Deletions deletions, Writes writes, Finder finder, Guard guard,
                            Owners owners, Clock clock) {
        this.objectives = objectives;
        this.deletions = deletions;
        this.writes = writes;
        this.finder = finder;
        this.guard = guard;
        this.owners = owners;
        this.clock = clock;
    }

    public Objective get(long id) {
        return finder.objectiveToView(id, guard.user());
    }

    public Objective create(ObjectiveCommand command) {
        UserRef user = guard.user();
        ProjectRef project = guard.projectOrCompany(user, command.projectKey(), ObjectiveCommand.PROJECT_KEY);
        guard.requireCreateObjective(user, project);
        // Under the cycle's lock, so that the cycle cannot be closed or deleted between the check and the insert.
        return onCycle(command.cycleId(), () -> {
            List<FieldProblem> problems = new ArrayList<>(command.draft().problems());
            Cycle cycle = openCycle(command.cycleId(), problems);
            checkParent(user, command.parentId(), cycle, null, problems);
            String owner = owners.resolve(command.ownerKey(), user.key(), user.key(), problems);
            ValidationException.throwIfAny(problems);
            Objective objective = new Objective(0, cycle.id(), project == null ? null : project.id(), command.parentId(),
                    command.draft().cleanTitle(), command.draft().cleanDescription(), owner,
                    command.draft().objectiveType(), 0, null, 1);
            return objectives.create(objective, clock.now());
        });
    }

    /** A whole replacement: every field of {@code command} ({@code ownerKey} null keeps the owner). */
    public Objective update(long id, ObjectiveCommand command) {
        return update(id, command.asEdit());
    }

    /** The fields the edit names, the others kept: merged here, under the objective's lock and version check. */
    public Objective update(long id, ObjectiveEdit edit) {
        UserRef user = guard.user();
        return writes.onObjective(id, () -> {
            Objective current = finder.objectiveToEdit(id, user);
            ObjectiveDraft draft = edit.fields().over(current);
            List<FieldProblem> problems = new ArrayList<>(draft.problems());
            Versions.requirePresent(edit.version(), problems);
            Long parentId = edit.parentId().over(current.parentId());
            checkParent(user, parentId, finder.cycle(current.cycleId()), current, problems);
            String owner = owners.edited(edit.ownerKey(), current.ownerKey(), user.key(), problems);
            ValidationException.throwIfAny(problems);
            Objective changed = new Objective(id, current.cycleId(), current.projectId(), parentId,
                    draft.cleanTitle(), draft.cleanDescription(), owner,
                    draft.objectiveType(), current.rank(), current.grade(), current.version());
            return Versions.saved(objectives.update(changed, edit.version(), clock.now()));
        });
    }

    /** Deletes the objective with its key results, their links and check-ins; aligned children stay, unaligned. */
    public void delete(long id) {
        UserRef user = guard.user();
        long cycleId = finder.objectiveToEdit(id, user).cycleId();
        writes.onObjectiveTree(cycleId, id, () -> deletions.keyResultIdsOf(id), () -> {
            finder.objectiveToEdit(id, user);
            deletions.objective(id);
            return null;
        });
    }

    /**
     * Puts a scope's objectives (a project's, or the company's, in one cycle) in the given order.
     * The list must name each of them exactly once, so a stale page cannot drop one from the order.
     */
    public List<Objective> reorder(long cycleId, String projectKey, List<Long> orderedIds) {
        UserRef user = guard.user();
        ProjectRef project = guard.projectOrCompany(user, projectKey, ObjectiveCommand.PROJECT_KEY);
        guard.requireCreateObjective(user, project);
        return writes.onCycle(cycleId, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            openCycle(cycleId, problems);
            ValidationException.throwIfAny(problems);
            List<Objective> scope = objectives.inScope(cycleId, project == null ? null : project.id());
            ValidationException.throwIfAny(Ordering.problems(scope.stream().map(Objective::id).toList(), orderedIds));
            objectives.rank(orderedIds);
            return objectives.inScope(cycleId, project == null ? null : project.id());
        });
    }

    private <T> T onCycle(Long cycleId, Supplier<T> work) {
        return cycleId == null ? writes.inTransaction(work) : writes.onCycle(cycleId, work);
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
        if (parent == null || !guard.canView(user, parent) || parent.cycleId() != cycle.id()) {
            problems.add(FieldProblem.of(ObjectiveCommand.PARENT_ID, "capokr.error.objective.parent"));
        } else if (self != null && createsLoop(self.id(), parent)) {
            problems.add(FieldProblem.of(ObjectiveCommand.PARENT_ID, "capokr.error.objective.parentLoop"));
        }
    }

    /** Walks up from the proposed parent; reaching the objective itself would make a loop. */
    private boolean createsLoop(long selfId, Objective parent) {
        Set<Long> seen = new HashSet<>();
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
