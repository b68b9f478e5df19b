package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.UserRef;
import io.capokr.service.Weekly;

/**
 * A decision or action of the weekly meeting. {@code week} is the meeting that recorded it; {@code carriedOver}
 * (in a weekly answer) marks an open action from an earlier meeting; {@code doneAt} is ISO-8601.
 */
public record MeetingItemJson(
        @JsonProperty("id") long id,
        @JsonProperty("cycleId") long cycleId,
        @JsonProperty("week") String week,
        @JsonProperty("kind") String kind,
        @JsonProperty("title") String title,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("owner") PersonJson owner,
        @JsonProperty("dueDate") String dueDate,
        @JsonProperty("done") boolean done,
        @JsonProperty("doneAt") String doneAt,
        @JsonProperty("createdBy") PersonJson createdBy,
        @JsonProperty("carriedOver") boolean carriedOver,
        @JsonProperty("overdue") boolean overdue,
        @JsonProperty("version") int version) {

    /** An item on its own, as a write answers it; {@code people} names its owner and author (PeopleService). */
    static MeetingItemJson of(MeetingItem item, java.util.Map<String, UserRef> people) {
        return of(item, item.ownerKey() == null ? null : PersonJson.of(people.get(item.ownerKey())),
                PersonJson.of(people.get(item.createdBy())), false, false);
    }

    static MeetingItemJson of(Weekly.ItemRow row) {
        return of(row.item(), PersonJson.of(row.owner()), PersonJson.of(row.createdBy()), row.carriedOver(), row.overdue());
    }

    private static MeetingItemJson of(MeetingItem item, PersonJson owner, PersonJson createdBy, boolean carriedOver,
                                      boolean overdue) {
        return new MeetingItemJson(item.id(), item.cycleId(), item.week().toString(), item.kind().name(), item.title(),
                item.ownerKey(), owner != null ? owner : item.ownerKey() == null ? null : new PersonJson(item.ownerKey(), item.ownerKey()),
                item.dueDate() == null ? null : item.dueDate().toString(), item.done(),
                item.doneAt() == null ? null : item.doneAt().toString(),
                createdBy != null ? createdBy : new PersonJson(item.createdBy(), item.createdBy()), carriedOver, overdue, item.version());
    }
}
