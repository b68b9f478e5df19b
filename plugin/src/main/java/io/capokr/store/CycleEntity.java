package io.capokr.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * CYCLE table. Dates are ISO-8601 text (yyyy-MM-dd): a calendar date has no time zone, and a
 * timestamp column would shift it by the server's zone. ISO text also sorts in date order.
 * {@code @Preload}: a find reads every column in its one statement, not one more per getter. AO 6.1 does
 * that by default; saying so keeps it true on whatever AO version a Jira ships.
 */
@Preload
@Table("CYCLE")
public interface CycleEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it): the
    // stores build their queries from these, so a renamed getter cannot leave a query on a column that is gone.
    String ID = "ID";
    String NAME = "NAME";
    String START_DATE = "START_DATE";
    String END_DATE = "END_DATE";
    String STATE = "STATE";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String VERSION = "VERSION";

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

    /** Since model version 3 (V3CycleVersion): optimistic locking, as on objectives; rows from before start at 1. */
    @NotNull
    @Default("1")
    Integer getVersion();

    void setVersion(Integer version);
}
