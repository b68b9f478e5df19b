package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * MEETING_ITEM table: a decision or an action recorded in a project's weekly meeting of a cycle. An action has an
 * owner and a due date and shows again every following week until it is marked done.
 */
@Preload
@Table("MEETING_ITEM")
public interface MeetingItemEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it).
    String ID = "ID";
    String CYCLE_ID = "CYCLE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String MEETING_WEEK = "MEETING_WEEK";
    String KIND = "KIND";
    String TITLE = "TITLE";
    String OWNER_KEY = "OWNER_KEY";
    String DUE_DATE = "DUE_DATE";
    String DONE_AT = "DONE_AT";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String VERSION = "VERSION";

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
