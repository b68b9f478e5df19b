package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * PROGRESS_SNAP table (DESIGN's PROGRESS_SNAPSHOT, shortened to keep AO's table name short): a key result's
 * progress at the end of a day on which it changed; at most one row per key result and day.
 */
@Preload
@Table("PROGRESS_SNAP")
public interface ProgressSnapEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it).
    String ID = "ID";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String SNAP_DAY = "SNAP_DAY";
    String PROGRESS = "PROGRESS";

    @NotNull
    @Indexed
    Long getKeyResultId();

    void setKeyResultId(Long keyResultId);

    /** The day, an ISO date as CYCLE's dates are, sorting as text as it does as a date (DAY is an SQL keyword). */
    @NotNull
    @StringLength(10)
    String getSnapDay();

    void setSnapDay(String day);

    @NotNull
    Double getProgress();

    void setProgress(Double progress);
}
