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
@Table("REVIEW")
public interface ReviewEntity extends Entity {

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
