package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.capokr.okr.MeetingItemDraft;

/**
 * Body of a new meeting item ({@code cycleId}, {@code week}, {@code kind}, {@code title}, and for an action
 * {@code ownerKey} and {@code dueDate}) or of an edit (any of title, ownerKey, dueDate, {@code done}, and
 * {@code version}). {@code done} is read as raw JSON so that only true or false is taken, not Jackson's coercions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingItemRequestJson(
        @JsonProperty("cycleId") Long cycleId,
        @JsonProperty("week") String week,
        @JsonProperty("kind") String kind,
        @JsonProperty("title") String title,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("dueDate") String dueDate,
        @JsonProperty("done") JsonNode done,
        @JsonProperty("version") Integer version) {

    MeetingItemDraft toDraft() {
        return new MeetingItemDraft(kind, title, ownerKey, dueDate);
    }

    Boolean doneFlag() {
        if (done == null || done.isNull() || done.isMissingNode()) {
            return null;
        }
        if (!done.isBoolean()) {
            throw RequestErrors.wrongType(MeetingItemDraft.DONE);
        }
        return done.booleanValue();
    }
}
