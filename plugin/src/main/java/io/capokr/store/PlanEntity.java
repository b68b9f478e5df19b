package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * PLAN table: a project's preparation for one cycle (seed step 1). Its business priorities are PLAN_PRIORITY rows;
 * this row carries what the plan as a whole needs, its version for the 409 and who changed it last. At most one
 * row per cycle and project (the service keeps it so, under the project's lock).
 */
@Preload
@Table("PLAN")
public interface PlanEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it).
    String ID = "ID";
    String CYCLE_ID = "CYCLE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String VERSION = "VERSION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

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
