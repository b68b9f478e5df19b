package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.CheckIn;
import io.capokr.okr.Confidence;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes check-ins, newest first. */
public class CheckInStore {

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
                new DBParam(CheckInEntity.NOTE, checkIn.note()));
        return toCheckIn(row);
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
                row.getMetricValue(), row.getProgress(), Confidence.valueOf(row.getConfidence()), row.getNote());
    }
}
