package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.Plan;
import io.capokr.okr.PlanPriority;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Reads and writes plans: one PLAN row per cycle and project, its priorities PLAN_PRIORITY rows in SORT_ORDER.
 * Saving replaces the whole list, since a plan is edited as one short list; the caller holds the project's lock,
 * which keeps "at most one row per cycle and project" true without a unique index.
 */
public class PlanStore {

    private final ActiveObjects ao;

    public PlanStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The project's plan for the cycle, or the empty one at version {@value Plan#NONE}: two statements. */
    public Plan find(long cycleId, long projectId) {
        return row(cycleId, projectId).map(this::toPlan).orElseGet(() -> Plan.none(cycleId, projectId));
    }

    /**
     * Replaces the plan's priorities unless someone saved since {@code expectedVersion} ({@value Plan#NONE}: there
     * was no plan yet); empty when stale.
     */
    public Optional<Plan> save(long cycleId, long projectId, int expectedVersion, List<PlanPriority> priorities,
                               String userKey, Instant now) {
        Optional<PlanEntity> existing = row(cycleId, projectId);
        int current = existing.map(PlanEntity::getVersion).orElse(Plan.NONE);
        if (current != expectedVersion) {
            return Optional.empty();
        }
        PlanEntity plan = existing.orElseGet(() -> ao.create(PlanEntity.class,
                new DBParam(PlanEntity.CYCLE_ID, cycleId),
                new DBParam(PlanEntity.PROJECT_ID, projectId),
                new DBParam(PlanEntity.VERSION, Plan.NONE)));
        ao.deleteWithSQL(PlanPriorityEntity.class, PlanPriorityEntity.PLAN_ID + " = ?", (long) plan.getID());
        for (int i = 0; i < priorities.size(); i++) {
            ao.create(PlanPriorityEntity.class,
                    new DBParam(PlanPriorityEntity.PLAN_ID, (long) plan.getID()),
                    new DBParam(PlanPriorityEntity.SORT_ORDER, i),
                    new DBParam(PlanPriorityEntity.TITLE, priorities.get(i).title()),
                    new DBParam(PlanPriorityEntity.OWNER_KEY, priorities.get(i).ownerKey()));
        }
        plan.setVersion(expectedVersion + 1);
        plan.setUpdatedBy(userKey);
        plan.setUpdatedAt(now.toEpochMilli());
        plan.save();
        // A plan just created knows only what was set on it: read it whole rather than column by column.
        return Optional.of(toPlan(existing.isPresent() ? plan : Sql.whole(ao, PlanEntity.class, plan)));
    }

    private Optional<PlanEntity> row(long cycleId, long projectId) {
        PlanEntity[] rows = ao.find(PlanEntity.class, Query.select()
                .where(PlanEntity.CYCLE_ID + " = ? AND " + PlanEntity.PROJECT_ID + " = ?", cycleId, projectId)
                .order(PlanEntity.ID + " ASC"));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Plan toPlan(PlanEntity row) {
        List<PlanPriority> priorities = Arrays.stream(ao.find(PlanPriorityEntity.class, Query.select()
                        .where(PlanPriorityEntity.PLAN_ID + " = ?", (long) row.getID())))
                .sorted(Comparator.comparing(PlanPriorityEntity::getSortOrder))
                .map(p -> new PlanPriority(p.getTitle(), p.getOwnerKey())).toList();
        return new Plan(row.getCycleId(), row.getProjectId(), row.getVersion(), priorities, row.getUpdatedBy(),
                row.getUpdatedAt() == null ? null : Instant.ofEpochMilli(row.getUpdatedAt()));
    }
}
