package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.Confidence;
import io.capokr.okr.Direction;
import io.capokr.okr.IssueWeighting;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Measure;
import io.capokr.okr.MeasureKind;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes key results, mapping KEY_RESULT rows (one column set per measure) to {@link KeyResult}. */
public class KeyResultStore {

    private static final String ORDER = KeyResultEntity.SORT_ORDER + " ASC, " + KeyResultEntity.ID + " ASC";

    private final ActiveObjects ao;

    public KeyResultStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public KeyResult create(KeyResult keyResult, Instant now) {
        List<KeyResult> siblings = forObjective(keyResult.objectiveId());
        int rank = siblings.isEmpty() ? 0 : siblings.get(siblings.size() - 1).rank() + 1;
        KeyResultEntity row = ao.create(KeyResultEntity.class,
                new DBParam(KeyResultEntity.OBJECTIVE_ID, keyResult.objectiveId()),
                new DBParam(KeyResultEntity.TITLE, keyResult.title()),
                new DBParam(KeyResultEntity.OWNER_KEY, keyResult.ownerKey()),
                new DBParam(KeyResultEntity.MEASURE_KIND, keyResult.measure().kind().name()),
                new DBParam(KeyResultEntity.WEIGHT, keyResult.weight()),
                new DBParam(KeyResultEntity.SORT_ORDER, rank),
                new DBParam(KeyResultEntity.VERSION, 1),
                new DBParam(KeyResultEntity.CREATED_AT, now.toEpochMilli()),
                new DBParam(KeyResultEntity.UPDATED_AT, now.toEpochMilli()));
        writeMeasure(row, keyResult.measure());
        row.save();
        return toKeyResult(Sql.whole(ao, KeyResultEntity.class, row));
    }

    public Optional<KeyResult> byId(long id) {
        if (!Sql.isRowId(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(KeyResultEntity.class, (int) id)).map(KeyResultStore::toKeyResult);
    }

    public List<KeyResult> forObjective(long objectiveId) {
        return map(ao.find(KeyResultEntity.class, Query.select().where(KeyResultEntity.OBJECTIVE_ID + " = ?", objectiveId).order(ORDER)));
    }

    /** These key results (unknown ids are left out), in one statement. */
    public List<KeyResult> byIds(Collection<Long> ids) {
        List<Long> rowIds = ids.stream().filter(Sql::isRowId).distinct().toList();
        if (rowIds.isEmpty()) {
            return List.of();
        }
        return map(ao.find(KeyResultEntity.class, Query.select()
                .where(KeyResultEntity.ID + " IN (" + Sql.placeholders(rowIds.size()) + ")", Sql.params(rowIds))
                .order(ORDER)));
    }

    /** The key results linked to this issue, in one statement (joined to the links, never an id list). */
    public List<KeyResult> servedBy(long issueId) {
        return map(ao.find(KeyResultEntity.class, Query.select()
                .alias(KeyResultEntity.class, "k")
                .alias(InitiativeEntity.class, "i")
                .join(InitiativeEntity.class, "i." + InitiativeEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .where("i." + InitiativeEntity.ISSUE_ID + " = ?", issueId)
                .order("k." + KeyResultEntity.SORT_ORDER + " ASC, k." + KeyResultEntity.ID + " ASC")));
    }

    /** The key results of all these objectives, in one statement. */
    public List<KeyResult> forObjectives(Collection<Long> objectiveIds) {
        if (objectiveIds.isEmpty()) {
            return List.of();
        }
        return map(ao.find(KeyResultEntity.class, Query.select()
                .where(KeyResultEntity.OBJECTIVE_ID + " IN (" + Sql.placeholders(objectiveIds.size()) + ")", Sql.params(objectiveIds))
                .order(ORDER)));
    }

    /** Saves new values unless someone saved since {@code expectedVersion}; empty when stale. */
    public Optional<KeyResult> update(KeyResult changed, int expectedVersion, Instant now) {
        KeyResultEntity row = ao.get(KeyResultEntity.class, (int) changed.id());
        if (row == null || row.getVersion() != expectedVersion) {
            return Optional.empty();
        }
        row.setTitle(changed.title());
        row.setOwnerKey(changed.ownerKey());
        row.setMeasureKind(changed.measure().kind().name());
        writeMeasure(row, changed.measure());
        row.setWeight(changed.weight());
        row.setVersion(expectedVersion + 1);
        row.setUpdatedAt(now.toEpochMilli());
        row.save();
        return Optional.of(toKeyResult(row));
    }

    /** What a check-in changes: the metric's current value (if any) and the latest confidence. */
    public KeyResult recordCheckIn(long id, Measure measure, Confidence confidence, Instant now) {
        KeyResultEntity row = ao.get(KeyResultEntity.class, (int) id);
        writeMeasure(row, measure);
        row.setConfidence(confidence.name());
        row.setLastCheckInAt(now.toEpochMilli());
        row.setVersion(row.getVersion() + 1);
        row.setUpdatedAt(now.toEpochMilli());
        row.save();
        return toKeyResult(row);
    }

    /** Ranks an objective's key results 0, 1, 2... in their present order, after one left; only changed rows are written. */
    public void closeRanks(long objectiveId) {
        List<KeyResult> siblings = forObjective(objectiveId);
        for (int rank = 0; rank < siblings.size(); rank++) {
            if (siblings.get(rank).rank() != rank) {
                KeyResultEntity row = ao.get(KeyResultEntity.class, (int) siblings.get(rank).id());
                row.setSortOrder(rank);
                row.save();
            }
        }
    }

    public void rank(List<Long> orderedIds) {
        for (int rank = 0; rank < orderedIds.size(); rank++) {
            KeyResultEntity row = ao.get(KeyResultEntity.class, orderedIds.get(rank).intValue());
            row.setSortOrder(rank);
            row.save();
        }
    }

    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            ao.deleteWithSQL(KeyResultEntity.class, KeyResultEntity.ID + " IN (" + Sql.placeholders(ids.size()) + ")", Sql.params(ids));
        }
    }

    /** Writes the measure's columns and clears the other kinds', so a changed kind leaves nothing stale. */
    private static void writeMeasure(KeyResultEntity row, Measure measure) {
        Measure.Metric metric = measure instanceof Measure.Metric m ? m : null;
        row.setStartValue(metric == null ? null : metric.start());
        row.setTargetValue(metric == null ? null : metric.target());
        row.setCurrentValue(metric == null ? null : metric.current());
        row.setUnit(metric == null ? null : metric.unit());
        row.setDirection(metric == null ? null : metric.direction().name());
        row.setMilestoneDone(measure instanceof Measure.Milestone milestone ? milestone.done() : null);
        row.setWeighting(measure instanceof Measure.Issues issues ? issues.weighting().name() : null);
    }

    private static Measure readMeasure(KeyResultEntity row) {
        return switch (MeasureKind.valueOf(row.getMeasureKind())) {
            case METRIC -> new Measure.Metric(row.getStartValue(), row.getTargetValue(), row.getCurrentValue(),
                    row.getUnit(), Direction.valueOf(row.getDirection()));
            case MILESTONE -> new Measure.Milestone(Boolean.TRUE.equals(row.getMilestoneDone()));
            case ISSUES -> new Measure.Issues(IssueWeighting.valueOf(row.getWeighting()));
        };
    }

    private static List<KeyResult> map(KeyResultEntity[] rows) {
        return Arrays.stream(rows).map(KeyResultStore::toKeyResult).toList();
    }

    static KeyResult toKeyResult(KeyResultEntity row) {
        return new KeyResult(row.getID(), row.getObjectiveId(), row.getTitle(), row.getOwnerKey(), readMeasure(row),
                row.getWeight(), row.getSortOrder(),
                row.getConfidence() == null ? null : Confidence.valueOf(row.getConfidence()), row.getVersion(),
                row.getLastCheckInAt() == null ? null : Instant.ofEpochMilli(row.getLastCheckInAt()));
    }
}
