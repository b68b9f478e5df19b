package io.capokr.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.capokr.okr.Cycle;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;
import io.capokr.okr.ReviewKind;
import io.capokr.okr.ReviewWindow;

/**
 * A project's reviews of a cycle as the page reads them: each kind's review if saved (with the adjustments of the
 * mid-cycle one), when each ritual opens and whether it is open today, and whether the caller may write them.
 */
public record ProjectReviews(ProjectRef project, Cycle cycle, boolean canEdit, List<Entry> reviews, Window grading) {

    /** When a ritual opens, and why it cannot be written today (empty when it can). */
    public record Window(LocalDate opensOn, Optional<ReviewWindow.Refusal> refusal) {

        public boolean open() {
            return refusal.isEmpty();
        }
    }

    /** One kind of review: saved or not ({@code review} empty), its window, and its adjustments. */
    public record Entry(ReviewKind kind, Optional<Review> review, Window window, List<KrAdjustment> adjustments) {
    }

    public Entry of(ReviewKind kind) {
        return reviews.stream().filter(entry -> entry.kind() == kind).findFirst().orElseThrow();
    }
}
