package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.ReviewDraft;

/**
 * Body of {@code PUT /projects/{key}/reviews/{kind}}: the cycle, the texts, and {@code version}: absent or null for
 * the first save of the project's review of that kind, the version read for every later save. {@code learnings}
 * only for END_OF_CYCLE.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewRequestJson(
        @JsonProperty("cycleId") Long cycleId,
        @JsonProperty("version") Integer version,
        @JsonProperty("whatWorked") String whatWorked,
        @JsonProperty("whatToChange") String whatToChange,
        @JsonProperty("learnings") String learnings) {

    ReviewDraft toDraft() {
        return new ReviewDraft(whatWorked, whatToChange, learnings);
    }
}
