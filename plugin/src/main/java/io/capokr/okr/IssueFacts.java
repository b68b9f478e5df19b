package io.capokr.okr;

import java.util.Objects;

/**
 * What the app needs to know of a Jira issue: to compute progress (status category, story points)
 * and to show it (key, summary). Story points are null when the issue has none.
 */
public record IssueFacts(long id, String key, String summary, StatusCategory statusCategory, Double storyPoints,
                         long projectId) {

    public IssueFacts {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(statusCategory, "statusCategory");
    }
}
