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
@Table("PLAN_PRIORITY")
public interface PlanPriorityEntity extends Entity {

    @NotNull
    @Indexed
    Long getPlanId();

    void setPlanId(Long planId);

    @NotNull
    Integer getSortOrder();

    void setSortOrder(Integer sortOrder);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);
}
