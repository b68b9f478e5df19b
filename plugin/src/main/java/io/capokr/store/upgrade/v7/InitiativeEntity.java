package io.capokr.store.upgrade.v7;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of this table as model version 7 made it. Never change it: upgrade tasks from version 7 start
 * from exactly this schema. The live entity is in {@code io.capokr.store}.
 */
@Preload
@Table("KR_ISSUE")
@Indexes(@Index(name = "kr_issue", methodNames = {"getKeyResultId", "getIssueId"}, unique = true))
public interface InitiativeEntity extends Entity {

    @NotNull
    Long getKeyResultId();

    void setKeyResultId(Long keyResultId);

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    Boolean getContributes();

    void setContributes(Boolean contributes);

    @NotNull
    @StringLength(16)
    String getStatusCategory();

    void setStatusCategory(String category);

    Double getStoryPoints();

    void setStoryPoints(Double points);

    @StringLength(255)
    String getLinkedBy();

    void setLinkedBy(String userKey);

    Long getLinkedAt();

    void setLinkedAt(Long epochMillis);

    /**
     * When the issue was seen moving into a Done status while linked (epoch millis), for the weekly meeting's
     * "issues done this week"; null while it is not done, and for an issue already done when linked or before
     * model version 6 (when it became done is not known).
     */
    Long getDoneAt();

    void setDoneAt(Long epochMillis);
}
