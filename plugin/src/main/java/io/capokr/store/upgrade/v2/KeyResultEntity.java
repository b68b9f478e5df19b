package io.capokr.store.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of this table as model version 2 left it: version 1 plus LAST_CHECK_IN_AT. Never change it:
 * upgrade tasks from version 2 start from exactly this schema. The live entity is in {@code io.capokr.store}.
 * Tables that version 2 left as version 1 did are not copied again: they are in {@code v1}.
 */
@Preload
@Table("KEY_RESULT")
public interface KeyResultEntity extends Entity {

    @NotNull
    @Indexed
    Long getObjectiveId();

    void setObjectiveId(Long objectiveId);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @NotNull
    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    @StringLength(16)
    String getMeasureKind();

    void setMeasureKind(String kind);

    Double getStartValue();

    void setStartValue(Double value);

    Double getTargetValue();

    void setTargetValue(Double value);

    Double getCurrentValue();

    void setCurrentValue(Double value);

    @StringLength(32)
    String getUnit();

    void setUnit(String unit);

    @StringLength(16)
    String getDirection();

    void setDirection(String direction);

    Boolean getMilestoneDone();

    void setMilestoneDone(Boolean done);

    @StringLength(16)
    String getWeighting();

    void setWeighting(String weighting);

    @NotNull
    Double getWeight();

    void setWeight(Double weight);

    @NotNull
    Integer getSortOrder();

    void setSortOrder(Integer sortOrder);

    @StringLength(16)
    String getConfidence();

    void setConfidence(String confidence);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);

    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    Long getLastCheckInAt();

    void setLastCheckInAt(Long epochMillis);
}
