package io.capokr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;
import io.capokr.okr.ReviewDraft;
import io.capokr.okr.ReviewKind;
import io.capokr.okr.ReviewWindow;
import io.capokr.okr.UserRef;
import io.capokr.store.ReviewStore;

/**
 * A project's reviews of a cycle (seed steps 5 and 6): at most one MID_CYCLE and one END_OF_CYCLE review per
 * project and cycle, created by the first save and changed by later ones with the {@code version} read. Anyone who
 * may browse the project reads them; its ritual runners ({@link RitualRights}) write them while their window is open
 * ({@link ReviewWindow}). Saves hold the cycle's lock, so two first saves cannot make two reviews of one kind, and a
 * save cannot interleave with the cycle being closed.
 */
public class ReviewService {

    public static final String CYCLE_ID = "cycleId";

    private final ReviewStore reviews;
    private final Finder finder;
    private final RitualRights rights;
    private final Writes writes;
    private final Clock clock;

    public ReviewService(ReviewStore reviews, Finder finder, RitualRights rights, Writes writes, Clock clock) {
        this.reviews = reviews;
        this.finder = finder;
        this.rights = rights;
        this.writes = writes;
        this.clock = clock;
    }

    /** Both kinds, saved or not, with the mid-cycle review's adjustments. A constant number of statements. */
    public ProjectReviews forProject(String projectKey, Long cycleId) {
        UserRef user = finder.user();
        ProjectRef project = rights.browsableProject(user, projectKey);
        Cycle cycle = finder.cycleInBody(cycleId);
        List<Review> saved = reviews.forProject(cycle.id(), project.id());
        List<KrAdjustment> adjustments = reviews.adjustmentsOf(saved.stream().map(Review::id).toList());
        LocalDate today = clock.today();
        List<ProjectReviews.Entry> entries = new ArrayList<>();
        for (ReviewKind kind : ReviewKind.values()) {
            Optional<Review> review = saved.stream().filter(r -> r.kind() == kind).findFirst();
            entries.add(new ProjectReviews.Entry(kind, review,
                    new ProjectReviews.Window(ReviewWindow.opensOn(kind, cycle), ReviewWindow.reviewRefusal(kind, cycle, today)),
                    review.map(r -> adjustments.stream().filter(a -> a.reviewId() == r.id()).toList()).orElse(List.of())));
        }
        return new ProjectReviews(project, cycle, rights.mayRun(user, project, cycle.id()), entries,
                new ProjectReviews.Window(ReviewWindow.endOfCycleOpensOn(cycle), ReviewWindow.gradingRefusal(cycle, today)));
    }

    /**
     * Creates the project's review of this kind, or changes it. {@code version}: null for the first save (a 409 if
     * someone saved one meanwhile); the version read for later ones.
     */
    public Review save(String projectKey, String kindName, Long cycleId, ReviewDraft draft, Integer version) {
        return save(projectKey, kindName, cycleId, draft.asEdit(), version);
    }

    /** The same, with the texts the edit leaves out kept from the saved review (merged under the cycle's lock). */
    public Review save(String projectKey, String kindName, Long cycleId, ReviewDraft.Edit edit, Integer version) {
        UserRef user = finder.user();
        ProjectRef project = rights.browsableProject(user, projectKey);
        ReviewKind kind = kind(kindName);
        Cycle named = finder.cycleInBody(cycleId);
        return writes.onCycle(named.id(), () -> {
            Cycle cycle = finder.cycle(named.id());
            rights.requireRun(user, project, cycle.id());
            ReviewWindow.reviewRefusal(kind, cycle, clock.today()).ifPresent(refusal -> {
                throw new ConflictException(refusal.messageKey(), refusal.arguments().toArray());
            });
            Optional<Review> existing = reviews.find(cycle.id(), project.id(), kind);
            ReviewDraft draft = edit.over(existing);
            ValidationException.throwIfAny(draft.problems(kind));
            String learnings = kind == ReviewKind.END_OF_CYCLE ? draft.cleanLearnings() : "";
            if (existing.isEmpty()) {
                return reviews.create(cycle.id(), project.id(), kind, draft.cleanWhatWorked(), draft.cleanWhatToChange(),
                        learnings, user.key(), clock.now());
            }
            if (version == null) {
                throw new ConflictException("capokr.error.stale");
            }
            return Versions.saved(reviews.update(existing.get().id(), draft.cleanWhatWorked(), draft.cleanWhatToChange(),
                    learnings, version, user.key(), clock.now()));
        });
    }

    /**
     * The day since which the project's mid-cycle review is due, when it is ({@link ReviewWindow#midCycleDue}):
     * for the reminder on the Objectives view. One statement.
     */
    public Optional<LocalDate> midCycleDueSince(ProjectRef project, Cycle cycle) {
        finder.user();
        boolean saved = reviews.find(cycle.id(), project.id(), ReviewKind.MID_CYCLE).isPresent();
        return ReviewWindow.midCycleDue(cycle, clock.today(), saved)
                ? Optional.of(ReviewWindow.midpoint(cycle)) : Optional.empty();
    }

    /** A kind named in a URL: anything else names no resource, a 404. */
    static ReviewKind kind(String name) {
        return Arrays.stream(ReviewKind.values())
                .filter(kind -> kind.name().equals(name == null ? "" : name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("capokr.review.error.kind", String.valueOf(name)));
    }

}
