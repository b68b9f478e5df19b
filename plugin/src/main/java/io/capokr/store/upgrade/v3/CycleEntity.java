package io.capokr.store.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of this table as model version 3 left it: version 1 plus VERSION. Never change it: upgrade tasks
 * from version 3 start from exactly this schema. The live entity is in {@code io.capokr.store}.
 */
@Preload
@Table("CYCLE")
public interface CycleEntity extends Entity {

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @Indexed
    @StringLength(10)
    String getStartDate();

    void setStartDate(String startDate);

    @NotNull
    @StringLength(10)
    String getEndDate();

    void setEndDate(String endDate);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String userKey);

    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    @NotNull
    @Default("1")
    Integer getVersion();

    void setVersion(Integer version);
}
