package io.capokr.store.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of this table as model version 5 made it. Never change it: upgrade tasks from version 5 start
 * from exactly this schema. The live entity is in {@code io.capokr.store}.
 */
@Preload
@Table("MEETING_ITEM")
public interface MeetingItemEntity extends Entity {

    @NotNull
    @Indexed
    Long getCycleId();

    void setCycleId(Long cycleId);

    @NotNull
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    /** The ISO week of the meeting that recorded it, "2027-W05", sorting as text as it does in time. */
    @NotNull
    @StringLength(8)
    String getMeetingWeek();

    void setMeetingWeek(String isoWeek);

    /** DECISION or ACTION. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(450)
    String getTitle();

    void setTitle(String title);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** An ISO date, as CYCLE's dates are; null when the action has none. */
    @StringLength(10)
    String getDueDate();

    void setDueDate(String isoDate);

    /** When an action was marked done (epoch millis); null while it is open. */
    Long getDoneAt();

    void setDoneAt(Long epochMillis);

    @NotNull
    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String userKey);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);
}
