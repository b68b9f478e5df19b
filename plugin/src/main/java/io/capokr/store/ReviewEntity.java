package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * REVIEW table: a project's review of a cycle, of kind MID_CYCLE (seed step 5) or END_OF_CYCLE (seed step 6). At
 * most one of each kind per cycle and project (the service keeps it so); PROJECT_ID null is the company's review.
 */
@Preload
@Table("REVIEW")
public interface ReviewEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it).
    String ID = "ID";
    String CYCLE_ID = "CYCLE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String KIND = "KIND";
    String WHAT_WORKED = "WHAT_WORKED";
    String WHAT_TO_CHANGE = "WHAT_TO_CHANGE";
    String LEARNINGS = "LEARNINGS";
    String VERSION = "VERSION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Indexed
    Long getCycleId();

    void setCycleId(Long cycleId);

    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    /** MID_CYCLE or END_OF_CYCLE. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getWhatWorked();

    void setWhatWorked(String text);

    @StringLength(StringLength.UNLIMITED)
    String getWhatToChange();

    void setWhatToChange(String text);

    /** The end-of-cycle synthesis' learnings; unused by a mid-cycle review. */
    @StringLength(StringLength.UNLIMITED)
    String getLearnings();

    void setLearnings(String text);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);
}
