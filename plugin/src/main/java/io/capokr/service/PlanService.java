package io.capokr.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.capokr.host.Clock;
import io.capokr.host.Users;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleRules;
import io.capokr.okr.CycleState;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.Plan;
import io.capokr.okr.PlanDraft;
import io.capokr.okr.PlanPriority;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.PlanStore;

/**
 * A project's preparation for a cycle (seed step 1): whoever may browse the project reads it, the project's
 * administrators write it. Saving replaces the whole ordered list, under the project's lock and with the
 * {@code version} the caller read ({@value Plan#NONE} or none at all for the first save); a closed cycle's plan
 * stays as it was.
 */
public class PlanService {

    static final String CYCLE_ID = "cycleId";

    private final PlanStore plans;
    private final CycleStore cycles;
    private final Writes writes;
    private final Guard guard;
    private final Users users;
    private final Clock clock;

    public PlanService(PlanStore plans, CycleStore cycles, Writes writes, Guard guard, Users users, Clock clock) {
        this.plans = plans;
        this.cycles = cycles;
        this.writes = writes;
        this.guard = guard;
        this.users = users;
        this.clock = clock;
    }

    /** {@code cycleId} null: the cycle the project page shows by default ({@link CycleRules#shownByDefault}). */
    public ProjectPlan get(String projectKey, Long cycleId) {
        UserRef user = guard.user();
        ProjectRef project = guard.browsableProject(user, projectKey);
        Cycle cycle = cycleId == null
                ? CycleRules.shownByDefault(cycles.all(), clock.today())
                        .orElseThrow(() -> new NotFoundException("capokr.error.cycle.none"))
                : cycles.byId(cycleId)
                        .orElseThrow(() -> new NotFoundException("capokr.error.cycle.notFound", String.valueOf(cycleId)));
        return view(user, project, cycle, plans.find(cycle.id(), project.id()));
    }

    /**
     * Replaces the project's priorities for the cycle. {@code version}: the plan's version as read; null is the
     * same as {@value Plan#NONE}, "there was no plan yet", so a first save may leave it out.
     */
    public ProjectPlan save(String projectKey, Long cycleId, Integer version, PlanDraft draft) {
        UserRef user = guard.user();
        ProjectRef project = guard.browsableProject(user, projectKey);
        if (!guard.canAdministerProject(user, project)) {
            throw new PermissionDeniedException("capokr.plan.error.cannotEdit");
        }
        List<FieldProblem> problems = new ArrayList<>(draft.problems());
        if (cycleId == null) {
            problems.add(FieldProblem.of(CYCLE_ID, "capokr.error.required"));
        }
        problems.addAll(unknownOwners(draft, user));
        ValidationException.throwIfAny(problems);
        Cycle cycle = cycles.byId(cycleId).orElseThrow(() -> ValidationException.of(
                FieldProblem.of(CYCLE_ID, "capokr.error.cycle.notFound", String.valueOf(cycleId))));
        List<PlanPriority> priorities = draft.toPriorities();
        return writes.onProject(project.id(), () -> {
            // Read again under the lock: the cycle may have been closed since.
            Cycle current = cycles.byId(cycle.id()).orElse(cycle);
            if (current.state() == CycleState.CLOSED) {
                throw new ConflictException("capokr.plan.error.closed", current.name());
            }
            int expected = version == null ? Plan.NONE : version;
            Plan saved = Versions.saved(plans.save(current.id(), project.id(), expected, priorities, user.key(), clock.now()));
            return view(user, project, current, saved);
        });
    }

    /** Each owner named must be a user of the host (the caller always is); reported with the draft's own problems. */
    private List<FieldProblem> unknownOwners(PlanDraft draft, UserRef caller) {
        List<FieldProblem> problems = new ArrayList<>();
        List<PlanDraft.Item> items = draft.priorities() == null ? List.of() : draft.priorities();
        for (int i = 0; i < items.size(); i++) {
            String owner = items.get(i) == null || items.get(i).ownerKey() == null ? "" : items.get(i).ownerKey().strip();
            if (!owner.isEmpty() && owner.length() <= PlanDraft.MAX_TITLE && !owner.equals(caller.key())
                    && users.byUserKey(owner).isEmpty()) {
                problems.add(FieldProblem.of(PlanDraft.field(i, Owners.OWNER_KEY), "capokr.error.user.notFound", owner));
            }
        }
        return problems;
    }

    private ProjectPlan view(UserRef user, ProjectRef project, Cycle cycle, Plan plan) {
        Map<String, UserRef> people = new HashMap<>();
        Stream.concat(Stream.of(plan.updatedBy()), plan.priorities().stream().map(PlanPriority::ownerKey))
                .filter(Objects::nonNull).distinct()
                .forEach(key -> people.put(key, users.byUserKey(key).orElse(new UserRef(key, key))));
        boolean canEdit = cycle.state() != CycleState.CLOSED && guard.canAdministerProject(user, project);
        return new ProjectPlan(project, cycle, plan, people, canEdit);
    }
}
