package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * OBJECTIVE table. References are plain id columns, indexed, rather than AO relations: the read model
 * then fetches whole sets in one statement instead of following relations row by row, and the service
 * deletes children explicitly in one transaction. PROJECT_ID null = company objective.
 */
@Preload
@Table("OBJECTIVE")
@Indexes(@Index(name = "cycle_project", methodNames = {"getCycleId", "getProjectId"}))
public interface ObjectiveEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it): the
    // stores build their queries from these, so a renamed getter cannot leave a query on a column that is gone.
    String ID = "ID";
    String CYCLE_ID = "CYCLE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String PARENT_ID = "PARENT_ID";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String OWNER_KEY = "OWNER_KEY";
    String OBJECTIVE_TYPE = "OBJECTIVE_TYPE";
    String SORT_ORDER = "SORT_ORDER";
    String GRADE = "GRADE";
    String VERSION = "VERSION";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String CARRIED_FROM_ID = "CARRIED_FROM_ID";

    @NotNull
    @Indexed
    Long getCycleId();

    void setCycleId(Long cycleId);

    Long getProjectId();

    void setProjectId(Long projectId);

    @Indexed
    Long getParentId();

    void setParentId(Long parentId);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    @StringLength(16)
    String getObjectiveType();

    void setObjectiveType(String type);

    @NotNull
    Integer getSortOrder();

    void setSortOrder(Integer sortOrder);

    Double getGrade();

    void setGrade(Double grade);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);

    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    /** The objective of a closed cycle this one was copied from when key results were carried over. Since model version 5. */
    @Indexed
    Long getCarriedFromId();

    void setCarriedFromId(Long objectiveId);
}
