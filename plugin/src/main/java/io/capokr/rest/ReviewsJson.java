package io.capokr.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.UserRef;
import io.capokr.service.ProjectReviews;

/**
 * {@code GET /projects/{key}/reviews?cycleId=}: both kinds of review, MID_CYCLE then END_OF_CYCLE, each with its
 * window and, once saved, its texts and version ({@code review} null before the first save); the grading window; and
 * whether the caller may write them ({@code canEdit}, the windows aside).
 */
public record ReviewsJson(
        @JsonProperty("project") RitualJson.Project project,
        @JsonProperty("cycle") RitualJson.CycleRef cycle,
        @JsonProperty("canEdit") boolean canEdit,
        @JsonProperty("grading") RitualJson.Window grading,
        @JsonProperty("reviews") List<Entry> reviews) {

    public record Entry(@JsonProperty("kind") String kind,
                        @JsonProperty("window") RitualJson.Window window,
                        @JsonProperty("review") RitualJson.SavedReview review) {
    }

    static ReviewsJson of(ProjectReviews reviews, Map<String, UserRef> people) {
        return new ReviewsJson(RitualJson.Project.of(reviews.project()), RitualJson.CycleRef.of(reviews.cycle()),
                reviews.canEdit(), RitualJson.Window.of(reviews.grading(), reviews.cycle()),
                reviews.reviews().stream().map(entry -> new Entry(entry.kind().name(),
                        RitualJson.Window.of(entry.window(), reviews.cycle()),
                        entry.review().map(r -> RitualJson.SavedReview.of(r, entry.adjustments(), people)).orElse(null)))
                        .toList());
    }
}
