package io.capokr.okr;

import java.time.Instant;
import java.util.Objects;

/**
 * A Jira issue linked to a key result. It counts toward progress when it {@code contributes}, else
 * it is context only. It keeps a copy of the issue's status category and story points, refreshed on
 * every issue event, so progress is computed from our own tables.
 */
public record Initiative(long id, long keyResultId, long issueId, String issueKey, boolean contributes,
                         StatusCategory statusCategory, Double storyPoints, String linkedBy, Instant linkedAt) {

    public Initiative {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(statusCategory, "statusCategory");
    }
}
