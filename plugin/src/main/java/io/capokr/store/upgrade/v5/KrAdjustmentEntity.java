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
@Table("KR_ADJUSTMENT")
public interface KrAdjustmentEntity extends Entity {

    @NotNull
    @Indexed
    Long getReviewId();

    void setReviewId(Long reviewId);

    @NotNull
    @Indexed
    Long getKeyResultId();

    void setKeyResultId(Long keyResultId);

    /** TARGET or TITLE. */
    @NotNull
    @StringLength(16)
    String getAdjustedField();

    void setAdjustedField(String field);

    @StringLength(255)
    String getOldValue();

    void setOldValue(String value);

    @StringLength(255)
    String getNewValue();

    void setNewValue(String value);

    @NotNull
    @StringLength(255)
    String getAdjustedBy();

    void setAdjustedBy(String userKey);

    @NotNull
    Long getAdjustedAt();

    void setAdjustedAt(Long epochMillis);
}
