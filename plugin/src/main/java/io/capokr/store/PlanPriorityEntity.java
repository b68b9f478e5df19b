package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** PLAN_PRIORITY table: one business priority of a PLAN, in the plan's order, with who owns it (may be nobody yet). */
@Preload
@Table("PLAN_PRIORITY")
public interface PlanPriorityEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it).
    String ID = "ID";
    String PLAN_ID = "PLAN_ID";
    String SORT_ORDER = "SORT_ORDER";
    String TITLE = "TITLE";
    String OWNER_KEY = "OWNER_KEY";

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
