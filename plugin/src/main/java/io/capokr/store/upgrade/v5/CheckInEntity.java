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
@Table("CHECK_IN")
public interface CheckInEntity extends Entity {

    @NotNull
    @Indexed
    Long getKeyResultId();

    void setKeyResultId(Long keyResultId);

    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    Double getMetricValue();

    void setMetricValue(Double value);

    @NotNull
    Double getProgress();

    void setProgress(Double progress);

    @NotNull
    @StringLength(16)
    String getConfidence();

    void setConfidence(String confidence);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    /** The note reports a blocker the weekly meeting must discuss; null (older rows) reads as false. Since model version 5. */
    Boolean getBlocker();

    void setBlocker(Boolean blocker);
}
