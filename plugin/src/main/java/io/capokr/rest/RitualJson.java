package io.capokr.rest;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;
import io.capokr.okr.UserRef;
import io.capokr.service.ProjectReviews;

/** The JSON pieces the reviews, grades and synthesis share. */
public final class RitualJson {

    private RitualJson() {
    }

    public record Project(@JsonProperty("id") long id, @JsonProperty("key") String key, @JsonProperty("name") String name) {

        static Project of(ProjectRef project) {
            return new Project(project.id(), project.key(), project.name());
        }
    }

    /** The cycle a ritual belongs to: dates as ISO-8601, state PLANNING, ACTIVE or CLOSED. */
    public record CycleRef(@JsonProperty("id") long id, @JsonProperty("name") String name, @JsonProperty("state") String state,
                    @JsonProperty("startDate") String startDate, @JsonProperty("endDate") String endDate) {

        static CycleRef of(Cycle cycle) {
            return new CycleRef(cycle.id(), cycle.name(), cycle.state().name(), cycle.startDate().toString(),
                    cycle.endDate().toString());
        }
    }

    /**
     * When a ritual opens ({@code opensOn}), whether it may be written today, and if not why: NOT_YET (before
     * {@code opensOn}), PLANNING (the cycle has not started) or CLOSED (the cycle is closed; mid-cycle only).
     */
    public record Window(@JsonProperty("opensOn") String opensOn, @JsonProperty("open") boolean open,
                  @JsonProperty("closedReason") String closedReason) {

        static Window of(ProjectReviews.Window window, Cycle cycle) {
            String reason = window.open() ? null
                    : cycle.state() == CycleState.ACTIVE ? "NOT_YET" : cycle.state().name();
            return new Window(window.opensOn().toString(), window.open(), reason);
        }
    }

    /** A change a mid-cycle review made: {@code day} (ISO date, server time zone) and {@code at} (instant). */
    public record Adjustment(@JsonProperty("id") long id, @JsonProperty("keyResultId") long keyResultId,
                      @JsonProperty("field") String field, @JsonProperty("oldValue") String oldValue,
                      @JsonProperty("newValue") String newValue, @JsonProperty("by") String by,
                      @JsonProperty("byName") String byName, @JsonProperty("day") String day,
                      @JsonProperty("at") String at) {

        static Adjustment of(KrAdjustment a, Map<String, UserRef> people) {
            return new Adjustment(a.id(), a.keyResultId(), a.field().name(), a.oldValue(), a.newValue(), a.byKey(),
                    name(a.byKey(), people), a.at().atZone(ZoneId.systemDefault()).toLocalDate().toString(),
                    a.at().toString());
        }

        static List<Adjustment> of(List<KrAdjustment> adjustments, Map<String, UserRef> people) {
            return adjustments.stream().map(a -> of(a, people)).toList();
        }
    }

    /** A saved review; send {@code version} back to change it. */
    public record SavedReview(@JsonProperty("id") long id, @JsonProperty("kind") String kind,
                       @JsonProperty("whatWorked") String whatWorked, @JsonProperty("whatToChange") String whatToChange,
                       @JsonProperty("learnings") String learnings, @JsonProperty("version") int version,
                       @JsonProperty("updatedBy") String updatedBy, @JsonProperty("updatedByName") String updatedByName,
                       @JsonProperty("updatedAt") String updatedAt,
                       @JsonProperty("adjustments") List<Adjustment> adjustments) {

        static SavedReview of(Review r, List<KrAdjustment> adjustments, Map<String, UserRef> people) {
            return new SavedReview(r.id(), r.kind().name(), r.whatWorked(), r.whatToChange(), r.learnings(), r.version(),
                    r.updatedBy(), name(r.updatedBy(), people), r.updatedAt() == null ? null : r.updatedAt().toString(),
                    Adjustment.of(adjustments, people));
        }
    }

    static String name(String userKey, Map<String, UserRef> people) {
        if (userKey == null) {
            return null;
        }
        UserRef person = people.get(userKey);
        return person == null ? userKey : person.displayName();
    }
}
