package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveType;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes objectives, mapping OBJECTIVE rows to {@link Objective} values. */
public class ObjectiveStore {

    private static final String ORDER = ObjectiveEntity.SORT_ORDER + " ASC, " + ObjectiveEntity.ID + " ASC";

    private final ActiveObjects ao;

    public ObjectiveStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public Objective create(Objective objective, Instant now) {
        ObjectiveEntity row = ao.create(ObjectiveEntity.class,
                new DBParam(ObjectiveEntity.CYCLE_ID, objective.cycleId()),
                new DBParam(ObjectiveEntity.PROJECT_ID, objective.projectId()),
                new DBParam(ObjectiveEntity.PARENT_ID, objective.parentId()),
                new DBParam(ObjectiveEntity.TITLE, objective.title()),
                new DBParam(ObjectiveEntity.DESCRIPTION, objective.description()),
                new DBParam(ObjectiveEntity.OWNER_KEY, objective.ownerKey()),
                new DBParam(ObjectiveEntity.OBJECTIVE_TYPE, objective.type().name()),
                new DBParam(ObjectiveEntity.SORT_ORDER, nextSortOrder(objective.cycleId(), objective.projectId())),
                new DBParam(ObjectiveEntity.VERSION, 1),
                new DBParam(ObjectiveEntity.CREATED_AT, now.toEpochMilli()),
                new DBParam(ObjectiveEntity.UPDATED_AT, now.toEpochMilli()));
        return toObjective(Sql.whole(ao, ObjectiveEntity.class, row));
    }

    public Optional<Objective> byId(long id) {
        if (!Sql.isRowId(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(ObjectiveEntity.class, (int) id)).map(ObjectiveStore::toObjective);
    }

    /** A project's objectives in a cycle, in their rank order; {@code projectId} null: the company's. */
    public List<Objective> inScope(long cycleId, Long projectId) {
        Query query = projectId == null
                ? Query.select().where(ObjectiveEntity.CYCLE_ID + " = ? AND " + ObjectiveEntity.PROJECT_ID + " IS NULL", cycleId)
                : Query.select().where(ObjectiveEntity.CYCLE_ID + " = ? AND " + ObjectiveEntity.PROJECT_ID + " = ?", cycleId, projectId);
        return map(ao.find(ObjectiveEntity.class, query.order(ORDER)));
    }

    /**
     * The company's objectives of these cycles and, when {@code projectId} is given, that project's: one statement
     * however many cycles, in rank order within each cycle and owner.
     */
    public List<Objective> inCycles(Collection<Long> cycleIds, Long projectId) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        String inCycles = ObjectiveEntity.CYCLE_ID + " IN (" + Sql.placeholders(cycleIds.size()) + ")";
        Query query = projectId == null
                ? Query.select().where(inCycles + " AND " + ObjectiveEntity.PROJECT_ID + " IS NULL", Sql.params(cycleIds))
                : Query.select().where("(" + ObjectiveEntity.PROJECT_ID + " = ? OR " + ObjectiveEntity.PROJECT_ID
                        + " IS NULL) AND " + inCycles, Sql.params(cycleIds, projectId));
        return map(ao.find(ObjectiveEntity.class, query.order(ORDER)));
    }

    /** Every objective of a cycle, the company's and all projects', in one statement, in rank order within each. */
    public List<Objective> inCycle(long cycleId) {
        return map(ao.find(ObjectiveEntity.class,
                Query.select().where(ObjectiveEntity.CYCLE_ID + " = ?", cycleId).order(ORDER)));
    }

    /** How many objectives, the company's and all projects', a cycle holds: one statement. */
    public int countInCycle(long cycleId) {
        return ao.count(ObjectiveEntity.class, Query.select().where(ObjectiveEntity.CYCLE_ID + " = ?", cycleId));
    }

    public List<Objective> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return map(ao.find(ObjectiveEntity.class, Query.select()
                .where(ObjectiveEntity.ID + " IN (" + Sql.placeholders(ids.size()) + ")", Sql.params(ids)).order(ORDER)));
    }

    /**
     * Saves new values if nobody saved since {@code expectedVersion} was read; returns the saved
     * objective, or empty when the version is stale. Runs inside the caller's transaction.
     */
    public Optional<Objective> update(Objective changed, int expectedVersion, Instant now) {
        ObjectiveEntity row = ao.get(ObjectiveEntity.class, (int) changed.id());
        if (row == null || row.getVersion() != expectedVersion) {
            return Optional.empty();
        }
        row.setParentId(changed.parentId());
        row.setTitle(changed.title());
        row.setDescription(changed.description());
        row.setOwnerKey(changed.ownerKey());
        row.setObjectiveType(changed.type().name());
        row.setGrade(changed.grade());
        row.setVersion(expectedVersion + 1);
        row.setUpdatedAt(now.toEpochMilli());
        row.save();
        return Optional.of(toObjective(row));
    }

    /** Gives the listed objectives ranks 0, 1, 2... in the order given. */
    public void rank(List<Long> orderedIds) {
        for (int rank = 0; rank < orderedIds.size(); rank++) {
            ObjectiveEntity row = ao.get(ObjectiveEntity.class, orderedIds.get(rank).intValue());
            row.setSortOrder(rank);
            row.save();
        }
    }

    /** Ranks a scope's objectives 0, 1, 2... in their present order, after one left it; only changed rows are written. */
    public void closeRanks(long cycleId, Long projectId) {
        List<Objective> scope = inScope(cycleId, projectId);
        for (int rank = 0; rank < scope.size(); rank++) {
            if (scope.get(rank).rank() != rank) {
                ObjectiveEntity row = ao.get(ObjectiveEntity.class, (int) scope.get(rank).id());
                row.setSortOrder(rank);
                row.save();
            }
        }
    }

    /** Aligned children lose their parent rather than disappear with it. */
    public void unalignChildrenOf(long parentId) {
        for (ObjectiveEntity child : ao.find(ObjectiveEntity.class, Query.select().where(ObjectiveEntity.PARENT_ID + " = ?", parentId))) {
            child.setParentId(null);
            child.save();
        }
    }

    public void delete(long id) {
        ao.deleteWithSQL(ObjectiveEntity.class, ObjectiveEntity.ID + " = ?", id);
    }

    private int nextSortOrder(long cycleId, Long projectId) {
        List<Objective> existing = inScope(cycleId, projectId);
        return existing.isEmpty() ? 0 : existing.get(existing.size() - 1).rank() + 1;
    }

    private static List<Objective> map(ObjectiveEntity[] rows) {
        return Arrays.stream(rows).map(ObjectiveStore::toObjective).toList();
    }

    static Objective toObjective(ObjectiveEntity row) {
        return new Objective(row.getID(), row.getCycleId(), row.getProjectId(), row.getParentId(), row.getTitle(),
                row.getDescription(), row.getOwnerKey(), ObjectiveType.valueOf(row.getObjectiveType()),
                row.getSortOrder(), row.getGrade(), row.getVersion());
    }
}
