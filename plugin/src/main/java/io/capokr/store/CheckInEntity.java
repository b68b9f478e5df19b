package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** CHECK_IN table: one weekly check-in on a key result, with the progress it had at that moment. */
@Preload
@Table("CHECK_IN")
public interface CheckInEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it): the
    // stores build their queries from these, so a renamed getter cannot leave a query on a column that is gone.
    String ID = "ID";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CREATED_AT = "CREATED_AT";
    String METRIC_VALUE = "METRIC_VALUE";
    String PROGRESS = "PROGRESS";
    String CONFIDENCE = "CONFIDENCE";
    String NOTE = "NOTE";
    String BLOCKER = "BLOCKER";

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
