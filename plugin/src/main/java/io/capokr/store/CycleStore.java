package io.capokr.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes cycles, mapping CYCLE rows to {@link Cycle} values. */
public class CycleStore {

    private final ActiveObjects ao;

    public CycleStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every cycle, the most recent start first: the one a team is in, or about to plan, leads. */
    public List<Cycle> all() {
        CycleEntity[] rows = ao.find(CycleEntity.class, Query.select().order(CycleEntity.START_DATE + " DESC, " + CycleEntity.ID + " DESC"));
        return Arrays.stream(rows).map(CycleStore::toCycle).toList();
    }

    public Optional<Cycle> byId(long id) {
        if (!Sql.isRowId(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(CycleEntity.class, (int) id)).map(CycleStore::toCycle);
    }

    public Cycle create(Cycle cycle, String createdByUserKey, Instant createdAt) {
        CycleEntity row = ao.create(CycleEntity.class,
                new DBParam(CycleEntity.NAME, cycle.name()),
                new DBParam(CycleEntity.START_DATE, cycle.startDate().toString()),
                new DBParam(CycleEntity.END_DATE, cycle.endDate().toString()),
                new DBParam(CycleEntity.STATE, cycle.state().name()),
                new DBParam(CycleEntity.CREATED_BY, createdByUserKey),
                new DBParam(CycleEntity.CREATED_AT, createdAt.toEpochMilli()),
                new DBParam(CycleEntity.VERSION, 1));
        return toCycle(Sql.whole(ao, CycleEntity.class, row));
    }

    /**
     * Saves the cycle's name, dates and state if nobody saved since {@code expectedVersion} was read; returns the
     * saved cycle, or empty when the version is stale. Runs inside the caller's transaction.
     */
    public Optional<Cycle> update(Cycle changed, int expectedVersion) {
        CycleEntity row = ao.get(CycleEntity.class, (int) changed.id());
        if (row == null || row.getVersion() != expectedVersion) {
            return Optional.empty();
        }
        row.setName(changed.name());
        row.setStartDate(changed.startDate().toString());
        row.setEndDate(changed.endDate().toString());
        row.setState(changed.state().name());
        row.setVersion(expectedVersion + 1);
        row.save();
        return Optional.of(toCycle(row));
    }

    public void delete(long id) {
        ao.deleteWithSQL(CycleEntity.class, CycleEntity.ID + " = ?", id);
    }

    private static Cycle toCycle(CycleEntity row) {
        return new Cycle(row.getID(), row.getName(),
                LocalDate.parse(row.getStartDate()), LocalDate.parse(row.getEndDate()),
                CycleState.valueOf(row.getState()), row.getVersion());
    }
}
