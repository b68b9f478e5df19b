package io.capokr.store.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of this table as model version 4 made it. Never change it: upgrade tasks from version 4 start
 * from exactly this schema. The live entity is in {@code io.capokr.store}.
 */
@Preload
@Table("PROGRESS_SNAP")
public interface ProgressSnapEntity extends Entity {

    @NotNull
    @Indexed
    Long getKeyResultId();

    void setKeyResultId(Long keyResultId);

    @NotNull
    @StringLength(10)
    String getSnapDay();

    void setSnapDay(String day);

    @NotNull
    Double getProgress();

    void setProgress(Double progress);
}
