package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * KEY_RESULT table. One row holds every measure's columns; MEASURE_KIND says which apply
 * (METRIC: start/target/current/unit/direction; MILESTONE: done; ISSUES: weighting).
 */
@Preload
@Table("KEY_RESULT")
public interface KeyResultEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it): the
    // stores build their queries from these, so a renamed getter cannot leave a query on a column that is gone.
    String ID = "ID";
    String OBJECTIVE_ID = "OBJECTIVE_ID";
    String TITLE = "TITLE";
    String OWNER_KEY = "OWNER_KEY";
    String MEASURE_KIND = "MEASURE_KIND";
    String START_VALUE = "START_VALUE";
    String TARGET_VALUE = "TARGET_VALUE";
    String CURRENT_VALUE = "CURRENT_VALUE";
    String UNIT = "UNIT";
    String DIRECTION = "DIRECTION";
    String MILESTONE_DONE = "MILESTONE_DONE";
    String WEIGHTING = "WEIGHTING";
    String WEIGHT = "WEIGHT";
    String SORT_ORDER = "SORT_ORDER";
    String CONFIDENCE = "CONFIDENCE";
    String VERSION = "VERSION";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String LAST_CHECK_IN_AT = "LAST_CHECK_IN_AT";
    String GRADE = "GRADE";
    String GRADE_REASON = "GRADE_REASON";
    String CARRIED_FROM_ID = "CARRIED_FROM_ID";
    String CLOSE_OUTCOME = "CLOSE_OUTCOME";

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

    /** When the latest check-in was recorded (epoch millis); null before the first. Since model version 2. */
    Long getLastCheckInAt();

    void setLastCheckInAt(Long epochMillis);

    /** The end-of-cycle grade, 0.0 to 1.0 in steps of 0.1; null until graded. Since model version 5. */
    Double getGrade();

    void setGrade(Double grade);

    /** Why the grade differs from the one progress suggests; null when it does not. Since model version 5. */
    @StringLength(450)
    String getGradeReason();

    void setGradeReason(String reason);

    /** The key result of a closed cycle this one was carried over from; null for a new one. Since model version 5. */
    @Indexed
    Long getCarriedFromId();

    void setCarriedFromId(Long keyResultId);

    /** What closing its cycle decided for an unfinished key result: CARRIED or DROPPED; null otherwise. Since model version 5. */
    @StringLength(16)
    String getCloseOutcome();

    void setCloseOutcome(String outcome);
}
