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
 * KR_ISSUE table: an issue linked to a key result. STATUS_CATEGORY and STORY_POINTS are copies of the
 * issue's, kept current by the issue event listener, so progress never has to ask Jira.
 */
@Preload
@Table("KR_ISSUE")
@Indexes(@Index(name = "kr_issue", methodNames = {"getKeyResultId", "getIssueId"}, unique = true))
public interface InitiativeEntity extends Entity {

    // Column names, as AO derives them from the getters below (EntityColumnsTest holds them to it): the
    // stores build their queries from these, so a renamed getter cannot leave a query on a column that is gone.
    String ID = "ID";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String CONTRIBUTES = "CONTRIBUTES";
    String STATUS_CATEGORY = "STATUS_CATEGORY";
    String STORY_POINTS = "STORY_POINTS";
    String LINKED_BY = "LINKED_BY";
    String LINKED_AT = "LINKED_AT";
    String DONE_AT = "DONE_AT";

    /** Not indexed alone: the unique (KEY_RESULT_ID, ISSUE_ID) index starts with it, and serves lookups by it. */
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
