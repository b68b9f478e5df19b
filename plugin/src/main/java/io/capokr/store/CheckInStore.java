package io.capokr.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.CheckIn;
import io.capokr.okr.Confidence;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes check-ins, newest first. */
public class CheckInStore {

    private static final String COLUMNS = String.join(", ", CheckInEntity.ID, CheckInEntity.KEY_RESULT_ID,
            CheckInEntity.AUTHOR_KEY, CheckInEntity.CREATED_AT, CheckInEntity.METRIC_VALUE, CheckInEntity.PROGRESS,
            CheckInEntity.CONFIDENCE, CheckInEntity.NOTE, CheckInEntity.BLOCKER);

    private final ActiveObjects ao;

    public CheckInStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public CheckIn create(CheckIn checkIn) {
        CheckInEntity row = ao.create(CheckInEntity.class,
                new DBParam(CheckInEntity.KEY_RESULT_ID, checkIn.keyResultId()),
                new DBParam(CheckInEntity.AUTHOR_KEY, checkIn.authorKey()),
                new DBParam(CheckInEntity.CREATED_AT, checkIn.at().toEpochMilli()),
                new DBParam(CheckInEntity.METRIC_VALUE, checkIn.value()),
                new DBParam(CheckInEntity.PROGRESS, checkIn.progress()),
                new DBParam(CheckInEntity.CONFIDENCE, checkIn.confidence().name()),
                new DBParam(CheckInEntity.NOTE, checkIn.note()),
                new DBParam(CheckInEntity.BLOCKER, checkIn.blocker()));
        return toCheckIn(Sql.whole(ao, CheckInEntity.class, row));
    }

    public Optional<CheckIn> byId(long id) {
        if (!Sql.isRowId(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(CheckInEntity.class, (int) id)).map(CheckInStore::toCheckIn);
    }

    public List<CheckIn> forKeyResult(long keyResultId, int startAt, int maxResults) {
        Query query = Query.select().where(CheckInEntity.KEY_RESULT_ID + " = ?", keyResultId)
                .order(CheckInEntity.CREATED_AT + " DESC, " + CheckInEntity.ID + " DESC").offset(startAt).limit(maxResults);
        return Arrays.stream(ao.find(CheckInEntity.class, query)).map(CheckInStore::toCheckIn).toList();
    }

    /**
     * Every check-in of a project's key results in a cycle ({@code projectId} null: the company's) made before
     * {@code endExclusive}, oldest first, in one
     * statement joined on the key result and its objective (no IN list that grows with the key results), streaming the
     * rows: what the weekly meeting reads, both the week's check-ins and each key result's latest by then. The cost
     * grows with the check-ins read (a cycle's worth), the statement count does not.
     */
    public List<CheckIn> ofProjectBefore(long cycleId, Long projectId, Instant endExclusive) {
        List<CheckIn> found = new ArrayList<>();
        Query query = Query.select(COLUMNS)
                .alias(CheckInEntity.class, "c")
                .alias(KeyResultEntity.class, "k")
                .alias(ObjectiveEntity.class, "o")
                .join(KeyResultEntity.class, "c." + CheckInEntity.KEY_RESULT_ID + " = k." + KeyResultEntity.ID)
                .join(ObjectiveEntity.class, "k." + KeyResultEntity.OBJECTIVE_ID + " = o." + ObjectiveEntity.ID)
                .where(projectId == null
                        ? "o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID + " IS NULL AND c."
                                + CheckInEntity.CREATED_AT + " < ?"
                        : "o." + ObjectiveEntity.CYCLE_ID + " = ? AND o." + ObjectiveEntity.PROJECT_ID + " = ? AND c."
                                + CheckInEntity.CREATED_AT + " < ?",
                        projectId == null ? new Object[] {cycleId, endExclusive.toEpochMilli()}
                                : new Object[] {cycleId, projectId, endExclusive.toEpochMilli()});
        ao.stream(CheckInEntity.class, query, row -> found.add(toCheckIn(row)));
        found.sort(Comparator.comparing(CheckIn::at).thenComparing(CheckIn::id));
        return found;
    }

    public int countForKeyResult(long keyResultId) {
        return ao.count(CheckInEntity.class, Query.select().where(CheckInEntity.KEY_RESULT_ID + " = ?", keyResultId));
    }

    public void deleteForKeyResults(Collection<Long> keyResultIds) {
        if (!keyResultIds.isEmpty()) {
            ao.deleteWithSQL(CheckInEntity.class,
                    CheckInEntity.KEY_RESULT_ID + " IN (" + Sql.placeholders(keyResultIds.size()) + ")", Sql.params(keyResultIds));
        }
    }

    private static CheckIn toCheckIn(CheckInEntity row) {
        return new CheckIn(row.getID(), row.getKeyResultId(), row.getAuthorKey(), Instant.ofEpochMilli(row.getCreatedAt()),
                row.getMetricValue(), row.getProgress(), Confidence.valueOf(row.getConfidence()), row.getNote(),
                Boolean.TRUE.equals(row.getBlocker()));
    }
}
