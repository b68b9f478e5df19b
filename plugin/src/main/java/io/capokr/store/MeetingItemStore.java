package io.capokr.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.IsoWeek;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.MeetingItemKind;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes the weekly meeting's decisions and actions (MEETING_ITEM). */
public class MeetingItemStore {

    private final ActiveObjects ao;

    public MeetingItemStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public MeetingItem create(MeetingItem item) {
        MeetingItemEntity row = ao.create(MeetingItemEntity.class,
                new DBParam(MeetingItemEntity.CYCLE_ID, item.cycleId()),
                new DBParam(MeetingItemEntity.PROJECT_ID, item.projectId()),
                new DBParam(MeetingItemEntity.MEETING_WEEK, item.week().toString()),
                new DBParam(MeetingItemEntity.KIND, item.kind().name()),
                new DBParam(MeetingItemEntity.TITLE, item.title()),
                new DBParam(MeetingItemEntity.OWNER_KEY, item.ownerKey()),
                new DBParam(MeetingItemEntity.DUE_DATE, item.dueDate() == null ? null : item.dueDate().toString()),
                new DBParam(MeetingItemEntity.DONE_AT, item.doneAt() == null ? null : item.doneAt().toEpochMilli()),
                new DBParam(MeetingItemEntity.CREATED_BY, item.createdBy()),
                new DBParam(MeetingItemEntity.CREATED_AT, item.createdAt().toEpochMilli()),
                new DBParam(MeetingItemEntity.VERSION, 1));
        return toItem(Sql.whole(ao, MeetingItemEntity.class, row));
    }

    public Optional<MeetingItem> byId(long id) {
        if (!Sql.isRowId(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(MeetingItemEntity.class, (int) id)).map(MeetingItemStore::toItem);
    }

    /**
     * What the meeting of {@code week} lists, in one statement: the items recorded that week, and the actions of
     * earlier weeks not done before the week began ({@link MeetingItem#listedIn}, which the SQL mirrors). Oldest
     * week first, then in the order they were recorded.
     */
    public List<MeetingItem> listedIn(long cycleId, long projectId, IsoWeek week, Instant weekStart) {
        Query query = Query.select().where(MeetingItemEntity.CYCLE_ID + " = ? AND " + MeetingItemEntity.PROJECT_ID + " = ? AND ("
                        + MeetingItemEntity.MEETING_WEEK + " = ? OR (" + MeetingItemEntity.MEETING_WEEK + " < ? AND "
                        + MeetingItemEntity.KIND + " = ? AND (" + MeetingItemEntity.DONE_AT + " IS NULL OR "
                        + MeetingItemEntity.DONE_AT + " >= ?)))",
                        cycleId, projectId, week.toString(), week.toString(), MeetingItemKind.ACTION.name(), weekStart.toEpochMilli())
                .order(MeetingItemEntity.MEETING_WEEK + " ASC, " + MeetingItemEntity.ID + " ASC");
        return Arrays.stream(ao.find(MeetingItemEntity.class, query)).map(MeetingItemStore::toItem).toList();
    }

    /** Saves the new title, owner, due date and done time unless someone saved since {@code expectedVersion}. */
    public Optional<MeetingItem> update(MeetingItem changed, int expectedVersion) {
        MeetingItemEntity row = ao.get(MeetingItemEntity.class, (int) changed.id());
        if (row == null || row.getVersion() != expectedVersion) {
            return Optional.empty();
        }
        row.setTitle(changed.title());
        row.setOwnerKey(changed.ownerKey());
        row.setDueDate(changed.dueDate() == null ? null : changed.dueDate().toString());
        row.setDoneAt(changed.doneAt() == null ? null : changed.doneAt().toEpochMilli());
        row.setVersion(expectedVersion + 1);
        row.save();
        return Optional.of(toItem(row));
    }

    public void delete(long id) {
        ao.deleteWithSQL(MeetingItemEntity.class, MeetingItemEntity.ID + " = ?", id);
    }

    private static MeetingItem toItem(MeetingItemEntity row) {
        return new MeetingItem(row.getID(), row.getCycleId(), row.getProjectId(),
                IsoWeek.parse(row.getMeetingWeek()).orElseThrow(), MeetingItemKind.valueOf(row.getKind()), row.getTitle(),
                row.getOwnerKey(), row.getDueDate() == null ? null : LocalDate.parse(row.getDueDate()),
                row.getDoneAt() == null ? null : Instant.ofEpochMilli(row.getDoneAt()), row.getCreatedBy(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getVersion());
    }
}
