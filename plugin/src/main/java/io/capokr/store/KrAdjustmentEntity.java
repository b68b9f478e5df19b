package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * KR_ADJUSTMENT table: a change a review made to a key result (a new target or a reworded title), with the value
 * it replaced, so the key result's history shows what it was measured against before.
 */
@Preload
@Table("KR_ADJUSTMENT")
public interface KrAdjustmentEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it).
    String ID = "ID";
    String REVIEW_ID = "REVIEW_ID";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String ADJUSTED_FIELD = "ADJUSTED_FIELD";
    String OLD_VALUE = "OLD_VALUE";
    String NEW_VALUE = "NEW_VALUE";
    String ADJUSTED_BY = "ADJUSTED_BY";
    String ADJUSTED_AT = "ADJUSTED_AT";

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
