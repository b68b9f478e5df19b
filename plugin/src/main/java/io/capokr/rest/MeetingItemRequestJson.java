package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.capokr.okr.Change;
import io.capokr.okr.MeetingItemDraft;

/**
 * Body of a new meeting item ({@code cycleId}, {@code week}, {@code kind}, {@code title}, and for an action
 * {@code ownerKey} and {@code dueDate}) or of an edit (any of title, ownerKey, dueDate, {@code done}, and
 * {@code version}), which changes only the fields it carries ({@link Change}). {@code done} takes only true or false.
 */
public record MeetingItemRequestJson(
        @JsonProperty("cycleId") @JsonDeserialize(using = WholeNumbers.Id.class) Long cycleId,
        @JsonProperty("week") String week,
        @JsonProperty("kind") String kind,
        @JsonProperty("title") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> title,
        @JsonProperty("ownerKey") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> ownerKey,
        @JsonProperty("dueDate") @JsonDeserialize(using = ChangeJson.Text.class) Change<String> dueDate,
        @JsonProperty("done") @JsonDeserialize(using = ChangeJson.Flag.class) Change<Boolean> done,
        @JsonProperty("version") @JsonDeserialize(using = WholeNumbers.Count.class) Integer version) {

    MeetingItemDraft toDraft() {
        return new MeetingItemDraft(kind, title.orNull(), ownerKey.orNull(), dueDate.orNull());
    }

    MeetingItemDraft.Edit toEdit() {
        return new MeetingItemDraft.Edit(title, ownerKey, dueDate, done);
    }
}
