package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.ReviewDraft;

/**
 * Body of {@code PUT /projects/{key}/reviews/{kind}}: the cycle, the texts, and {@code version}: absent or null for
 * the first save of the project's review of that kind, the version read for every later save. {@code learnings}
 * only for END_OF_CYCLE. A text the body leaves out keeps what was saved; a null empties it ({@link Change}).
 */
public record ReviewRequestJson(
        @JsonProperty("cycleId") @JsonDeserialize(using = WholeNumbers.Id.class) Long cycleId,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version,
        @JsonProperty("whatWorked") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> whatWorked,
        @JsonProperty("whatToChange") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> whatToChange,
        @JsonProperty("learnings") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> learnings) {

    ReviewDraft.Edit toEdit() {
        return new ReviewDraft.Edit(whatWorked, whatToChange, learnings);
    }
}
