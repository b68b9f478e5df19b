package io.capokr.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.CloseOutcome;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;
import io.capokr.okr.Objective;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Reads and writes what closing into the next cycle adds to objectives and key results: a key result's close
 * outcome (CARRIED or DROPPED), and which key result or objective a carried copy came from. Kept apart from
 * {@link KeyResultStore} and {@link ObjectiveStore} so that those, and the records they map, stay as every other
 * use case needs them. Every read answers for many rows in one statement; writes are one insert per new row.
 */
public class CarryOverStore {

    private final ActiveObjects ao;

    public CarryOverStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** One key result's carry-over columns, and the copy carried from it, if any. */
    public record Marks(long keyResultId, CloseOutcome outcome, Long carriedFromId, Copy copy) {

        public static Marks none(long keyResultId) {
            return new Marks(keyResultId, null, null, null);
        }
    }

    /** A key result carried from another: its id and its objective's. */
    public record Copy(long keyResultId, long objectiveId) {
    }

    /**
     * For each of these key results (every one asked for has an entry): its close outcome, the key result it was
     * carried from, and the copy carried from it. One statement, which reads the rows asked for and their copies.
     */
    public Map<Long, Marks> marksFor(Collection<Long> keyResultIds) {
        Map<Long, Marks> marks = new HashMap<>();
        List<Long> ids = keyResultIds.stream().filter(Sql::isRowId).distinct().toList();
        keyResultIds.forEach(id -> marks.put(id, Marks.none(id)));
        if (ids.isEmpty()) {
            return marks;
        }
        String in = " IN (" + Sql.placeholders(ids.size()) + ")";
        Object[] params = Sql.params(ids, Sql.params(ids));
        Map<Long, Copy> copies = new HashMap<>();
        Map<Long, Marks> own = new HashMap<>();
        ao.stream(KeyResultEntity.class, Query.select(KeyResultEntity.ID + ", " + KeyResultEntity.OBJECTIVE_ID + ", "
                        + KeyResultEntity.CARRIED_FROM_ID + ", " + KeyResultEntity.CLOSE_OUTCOME)
                .where(KeyResultEntity.ID + in + " OR " + KeyResultEntity.CARRIED_FROM_ID + in, params), row -> {
            long id = row.getID();
            if (marks.containsKey(id)) {
                own.put(id, new Marks(id, row.getCloseOutcome() == null ? null : CloseOutcome.valueOf(row.getCloseOutcome()),
                        row.getCarriedFromId(), null));
            }
            if (row.getCarriedFromId() != null && marks.containsKey(row.getCarriedFromId())) {
                copies.put(row.getCarriedFromId(), new Copy(id, row.getObjectiveId()));
            }
        });
        own.forEach((id, mark) -> marks.put(id, new Marks(id, mark.outcome(), mark.carriedFromId(), copies.get(id))));
        return marks;
    }

    /** The objective of each of these key results (unknown ones left out): one statement. */
    public Map<Long, Long> objectivesOf(Collection<Long> keyResultIds) {
        Map<Long, Long> objectives = new HashMap<>();
        List<Long> ids = keyResultIds.stream().filter(Sql::isRowId).distinct().toList();
        if (!ids.isEmpty()) {
            ao.stream(KeyResultEntity.class, Query.select(KeyResultEntity.ID + ", " + KeyResultEntity.OBJECTIVE_ID)
                            .where(KeyResultEntity.ID + " IN (" + Sql.placeholders(ids.size()) + ")", Sql.params(ids)),
                    row -> objectives.put((long) row.getID(), row.getObjectiveId()));
        }
        return objectives;
    }

    /**
     * What carrying into a cycle needs to know of the objectives already there, read in one statement: which ids
     * are there, the copy made of each original objective, and the next free rank in each project (the company's
     * under a null key).
     */
    public TargetObjectives objectivesIn(long cycleId) {
        TargetObjectives target = new TargetObjectives(new HashSet<>(), new HashMap<>(), new HashMap<>());
        ao.stream(ObjectiveEntity.class, Query.select(ObjectiveEntity.ID + ", " + ObjectiveEntity.PROJECT_ID + ", "
                        + ObjectiveEntity.SORT_ORDER + ", " + ObjectiveEntity.CARRIED_FROM_ID)
                .where(ObjectiveEntity.CYCLE_ID + " = ?", cycleId), row -> {
            target.ids().add((long) row.getID());
            if (row.getCarriedFromId() != null) {
                target.copies().putIfAbsent(row.getCarriedFromId(), (long) row.getID());
            }
            target.nextRanks().merge(Optional.ofNullable(row.getProjectId()), row.getSortOrder() + 1, Math::max);
        });
        return target;
    }

    /** The objectives of one cycle, seen from a carry-over into it; {@code nextRanks} is keyed by project id, empty for the company. */
    public record TargetObjectives(Set<Long> ids, Map<Long, Long> copies, Map<Optional<Long>, Integer> nextRanks) {

        /** The rank a new objective of this project takes, moving the next one on. */
        public int takeRank(Long projectId) {
            return nextRanks.merge(Optional.ofNullable(projectId), 1, Integer::sum) - 1;
        }
    }

    /** The next free key result rank of each of these objectives (0 when it has none): one statement. */
    public Map<Long, Integer> nextKeyResultRanks(Collection<Long> objectiveIds) {
        Map<Long, Integer> ranks = new HashMap<>();
        if (!objectiveIds.isEmpty()) {
            ao.stream(KeyResultEntity.class, Query.select(KeyResultEntity.ID + ", " + KeyResultEntity.OBJECTIVE_ID + ", " + KeyResultEntity.SORT_ORDER)
                    .where(KeyResultEntity.OBJECTIVE_ID + " IN (" + Sql.placeholders(objectiveIds.size()) + ")", Sql.params(objectiveIds)),
                    row -> ranks.merge(row.getObjectiveId(), row.getSortOrder() + 1, Math::max));
        }
        return ranks;
    }

    /** A copy of {@code original} in another cycle, marked as carried from it: one insert. */
    public long copyObjective(Objective original, long cycleId, Long parentId, int rank, Instant now) {
        return ao.create(ObjectiveEntity.class,
                new DBParam(ObjectiveEntity.CYCLE_ID, cycleId),
                new DBParam(ObjectiveEntity.PROJECT_ID, original.projectId()),
                new DBParam(ObjectiveEntity.PARENT_ID, parentId),
                new DBParam(ObjectiveEntity.TITLE, original.title()),
                new DBParam(ObjectiveEntity.DESCRIPTION, original.description()),
                new DBParam(ObjectiveEntity.OWNER_KEY, original.ownerKey()),
                new DBParam(ObjectiveEntity.OBJECTIVE_TYPE, original.type().name()),
                new DBParam(ObjectiveEntity.SORT_ORDER, rank),
                new DBParam(ObjectiveEntity.VERSION, 1),
                new DBParam(ObjectiveEntity.CREATED_AT, now.toEpochMilli()),
                new DBParam(ObjectiveEntity.UPDATED_AT, now.toEpochMilli()),
                new DBParam(ObjectiveEntity.CARRIED_FROM_ID, original.id())).getID();
    }

    /**
     * A copy of {@code original} under another objective, with the measure it starts from, marked as carried from
     * it: one insert with every column, so nothing is read or updated after it.
     */
    public long copyKeyResult(KeyResult original, long objectiveId, Measure measure, int rank, Instant now) {
        Measure.Metric metric = measure instanceof Measure.Metric m ? m : null;
        return ao.create(KeyResultEntity.class,
                new DBParam(KeyResultEntity.OBJECTIVE_ID, objectiveId),
                new DBParam(KeyResultEntity.TITLE, original.title()),
                new DBParam(KeyResultEntity.OWNER_KEY, original.ownerKey()),
                new DBParam(KeyResultEntity.MEASURE_KIND, measure.kind().name()),
                new DBParam(KeyResultEntity.START_VALUE, metric == null ? null : metric.start()),
                new DBParam(KeyResultEntity.TARGET_VALUE, metric == null ? null : metric.target()),
                new DBParam(KeyResultEntity.CURRENT_VALUE, metric == null ? null : metric.current()),
                new DBParam(KeyResultEntity.UNIT, metric == null ? null : metric.unit()),
                new DBParam(KeyResultEntity.DIRECTION, metric == null ? null : metric.direction().name()),
                new DBParam(KeyResultEntity.MILESTONE_DONE, measure instanceof Measure.Milestone milestone ? milestone.done() : null),
                new DBParam(KeyResultEntity.WEIGHTING, measure instanceof Measure.Issues issues ? issues.weighting().name() : null),
                new DBParam(KeyResultEntity.WEIGHT, original.weight()),
                new DBParam(KeyResultEntity.SORT_ORDER, rank),
                new DBParam(KeyResultEntity.VERSION, 1),
                new DBParam(KeyResultEntity.CREATED_AT, now.toEpochMilli()),
                new DBParam(KeyResultEntity.UPDATED_AT, now.toEpochMilli()),
                new DBParam(KeyResultEntity.CARRIED_FROM_ID, original.id())).getID();
    }

    /** Records the decision on these key results: one read, then one update per row. */
    public void decide(Collection<Long> keyResultIds, CloseOutcome outcome) {
        List<Long> ids = new ArrayList<>(keyResultIds.stream().filter(Sql::isRowId).distinct().toList());
        if (ids.isEmpty()) {
            return;
        }
        for (KeyResultEntity row : ao.find(KeyResultEntity.class, Query.select()
                .where(KeyResultEntity.ID + " IN (" + Sql.placeholders(ids.size()) + ")", Sql.params(ids)))) {
            row.setCloseOutcome(outcome.name());
            row.save();
        }
    }
}
