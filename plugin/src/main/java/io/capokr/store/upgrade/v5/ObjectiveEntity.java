package io.capokr.store.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of this table as model version 5 made it. Never change it: upgrade tasks from version 5 start
 * from exactly this schema. The live entity is in {@code io.capokr.store}.
 */
@Preload
@Table("OBJECTIVE")
@Indexes(@Index(name = "cycle_project", methodNames = {"getCycleId", "getProjectId"}))
public interface ObjectiveEntity extends Entity {

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
