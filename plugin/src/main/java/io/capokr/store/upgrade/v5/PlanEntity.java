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
@Table("PLAN")
public interface PlanEntity extends Entity {

    @NotNull
    @Indexed
    Long getCycleId();

    void setCycleId(Long cycleId);

    @NotNull
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);
}
