package io.capokr.service;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.AdjustmentDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.Measure;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;
import io.capokr.okr.ReviewDraft;
import io.capokr.okr.ReviewKind;
import io.capokr.store.KrAdjustmentEntity;
import io.capokr.store.ReviewEntity;
import org.junit.Test;

/**
 * The mid-cycle and end-of-cycle reviews and the mid-cycle adjustments, on a quarter from 1 January to 31 March 2027
 * whose midpoint is "today", 15 February: who writes them, when, with which version, and what a closed cycle keeps.
 */
public class ReviewServiceTest extends OkrFixture {

    public ReviewServiceTest(TestDatabase database) {
        super(database);
    }

    private Cycle activeQuarter() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        return okr().cycles.start(cycle.id()).cycle();
    }

    private void close(Cycle cycle) {
        host.loggedInAs("admin");
        okr().cycles.close(cycle.id());
    }

    private Review save(String as, Cycle cycle, ReviewKind kind, ReviewDraft draft, Integer version) {
        host.loggedInAs(as);
        return okr().reviews.save("MKT", kind.name(), cycle.id(), draft, version);
    }

    private AdjustmentService.Adjusted adjust(String as, KeyResult keyResult, AdjustmentDraft draft, Integer version) {
        host.loggedInAs(as);
        return okr().adjustments.adjust("MKT", "MID_CYCLE", keyResult.id(), draft, version);
    }

    @Test
    public void theFirstSaveCreatesTheReviewAndLaterSavesNeedTheVersionRead() {
        Cycle cycle = activeQuarter();
        objective(cycle, "MKT", "Grow", "lead");

        Review first = save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft(" Weekly check-ins ", "Fewer KRs", null), null);
        assertEquals(1, first.version());
        assertEquals("Weekly check-ins", first.whatWorked());
        assertEquals("lead", first.updatedBy());
        Review second = save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Check-ins", "Fewer KRs", null), 1);
        assertEquals(2, second.version());
        assertEquals(first.id(), second.id());

        assertThrows(ConflictException.class,
                () -> save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Lost", null, null), 1));
        ConflictException secondFirst = assertThrows(ConflictException.class,
                () -> save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Also lost", null, null), null));
        assertEquals("capokr.error.stale", secondFirst.messageKey());
        assertEquals(1, ao.activeObjects().count(ReviewEntity.class));

        host.loggedInAs("member");
        ProjectReviews read = okr().reviews.forProject("MKT", cycle.id());
        assertEquals("Check-ins", read.of(ReviewKind.MID_CYCLE).review().orElseThrow().whatWorked());
        assertTrue(read.of(ReviewKind.MID_CYCLE).window().open());
        assertEquals(Optional.empty(), read.of(ReviewKind.END_OF_CYCLE).review());
        assertFalse(read.of(ReviewKind.END_OF_CYCLE).window().open());
        assertEquals(LocalDate.parse("2027-03-18"), read.of(ReviewKind.END_OF_CYCLE).window().opensOn());
        assertFalse("the member owns nothing here", read.canEdit());
    }

    @Test
    public void projectAdministratorsAndOwnersWriteReviewsOthersReadThem() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        ReviewDraft draft = new ReviewDraft("Works", null, null);

        assertThrows(PermissionDeniedException.class, () -> save("member", cycle, ReviewKind.MID_CYCLE, draft, null));
        assertThrows(NotFoundException.class, () -> {
            host.loggedInAs("outsider");
            okr().reviews.save("SALES", "MID_CYCLE", cycle.id(), draft, null);
        });
        metricKeyResult(grow, "Signups", 0, 100, "lead");
        host.loggedInAs("lead");
        KeyResult owned = okr().keyResults.forObjective(grow.id()).get(0);
        okr().keyResults.update(owned.id(), new io.capokr.okr.KeyResultDraft("Signups", "METRIC", 0.0, 100.0, null,
                "signups", null, null, null, null), "member", owned.version());

        assertEquals(1, save("member", cycle, ReviewKind.MID_CYCLE, draft, null).version());
        host.loggedInAs("member");
        assertTrue("owning a key result makes the member one of those who run the rituals",
                okr().reviews.forProject("MKT", cycle.id()).canEdit());
        host.loggedInAs("outsider");
        assertFalse(okr().reviews.forProject("MKT", cycle.id()).canEdit());
    }

    @Test
    public void eachReviewOpensOnItsDayAndTheRefusalSaysWhich() {
        Cycle planned = quarter();
        ConflictException notStarted = assertThrows(ConflictException.class,
                () -> save("lead", planned, ReviewKind.MID_CYCLE, new ReviewDraft("Early", null, null), null));
        assertThat(message(notStarted), containsString("2027-02-15"));

        host.loggedInAs("admin");
        Cycle cycle = okr().cycles.start(planned.id()).cycle();
        host.at(Instant.parse("2027-02-14T10:00:00Z"));
        ConflictException early = assertThrows(ConflictException.class,
                () -> save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Early", null, null), null));
        assertEquals("The mid-cycle review opens on 2027-02-15, the cycle\u2019s midpoint.", message(early));
        host.at(Instant.parse("2027-03-17T10:00:00Z"));
        ConflictException endEarly = assertThrows(ConflictException.class,
                () -> save("lead", cycle, ReviewKind.END_OF_CYCLE, new ReviewDraft("Early", null, "L"), null));
        assertThat(message(endEarly), containsString("2027-03-18"));
        host.at(Instant.parse("2027-03-18T10:00:00Z"));
        assertEquals("L", save("lead", cycle, ReviewKind.END_OF_CYCLE, new ReviewDraft("On time", null, "L"), null).learnings());
        assertEquals(0, ao.activeObjects().count(ReviewEntity.class) - 1);
    }

    @Test
    public void aClosedCycleKeepsItsMidCycleReviewButTakesTheEndOfCycleOne() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Works", null, null), null);
        close(cycle);

        ConflictException closed = assertThrows(ConflictException.class,
                () -> save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Changed", null, null), 1));
        assertEquals("capokr.review.error.midCycle.closed", closed.messageKey());
        KeyResult current = okr().keyResults.get(signups.id());
        assertThrows(ConflictException.class, () -> adjust("lead", signups, new AdjustmentDraft(80.0, null), current.version()));
        Review end = save("lead", cycle, ReviewKind.END_OF_CYCLE, new ReviewDraft("Cadence", "Scope", "Start smaller"), null);
        assertEquals("Start smaller", end.learnings());
        host.loggedInAs("lead");
        assertEquals(100.0, ((Measure.Metric) okr().keyResults.get(signups.id()).measure()).target(), 0);
    }

    @Test
    public void badRequestsNameTheirFieldAndChangeNothing() {
        Cycle cycle = activeQuarter();
        objective(cycle, "MKT", "Grow", "lead");

        ValidationException learnings = assertThrows(ValidationException.class,
                () -> save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("A", "B", "C"), null));
        assertEquals(Set.of("learnings"), fieldErrors(learnings).keySet());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft(" ", null, null), null));
        assertEquals(Set.of("whatWorked"), fieldErrors(empty).keySet());
        host.loggedInAs("lead");
        ValidationException noCycle = assertThrows(ValidationException.class,
                () -> okr().reviews.save("MKT", "MID_CYCLE", null, new ReviewDraft("A", null, null), null));
        assertEquals(Set.of("cycleId"), fieldErrors(noCycle).keySet());
        ValidationException unknownCycle = assertThrows(ValidationException.class,
                () -> okr().reviews.save("MKT", "MID_CYCLE", 98765L, new ReviewDraft("A", null, null), null));
        assertEquals(Set.of("cycleId"), fieldErrors(unknownCycle).keySet());
        assertThrows(NotFoundException.class,
                () -> okr().reviews.save("MKT", "HALFWAY", cycle.id(), new ReviewDraft("A", null, null), null));
        assertEquals(0, ao.activeObjects().count(ReviewEntity.class));
    }

    @Test
    public void anAdjustmentChangesTheKeyResultAsAnEditDoesAndRecordsTheOldValue() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        host.at(Instant.parse("2027-02-10T10:00:00Z"));
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        host.loggedInAs("lead");
        okr().checkIns.record(signups.id(), new io.capokr.okr.CheckInDraft(40.0, "ON_TRACK", null));
        host.at(Instant.parse("2027-02-16T10:00:00Z"));
        KeyResult before = okr().keyResults.get(signups.id());

        AdjustmentService.Adjusted adjusted = adjust("lead", signups, new AdjustmentDraft(80.0, null), before.version());
        assertEquals(before.version() + 1, adjusted.keyResult().version());
        assertEquals(new Measure.Metric(0, 80, 40, "signups", io.capokr.okr.Direction.INCREASE), adjusted.keyResult().measure());
        assertEquals(KrAdjustment.Field.TARGET, adjusted.adjustment().field());
        assertEquals("100", adjusted.adjustment().oldValue());
        assertEquals("80", adjusted.adjustment().newValue());
        assertEquals("lead", adjusted.adjustment().byKey());

        host.loggedInAs("member");
        assertEquals("the new target moved progress: a new point that day",
                List.of(new ProgressPoint(LocalDate.parse("2027-02-10"), 0.4), new ProgressPoint(LocalDate.parse("2027-02-16"), 0.5)),
                okr().history.ofKeyResult(signups.id()));
        assertEquals(List.of(adjusted.adjustment()), okr().history.adjustmentsOf(signups.id()));
        ProjectReviews reviews = okr().reviews.forProject("MKT", cycle.id());
        Review opened = reviews.of(ReviewKind.MID_CYCLE).review().orElseThrow();
        assertEquals("the first adjustment opens the project's mid-cycle review", "", opened.whatWorked());
        assertEquals("which nobody has saved yet", null, opened.updatedBy());
        assertEquals(null, opened.updatedAt());
        assertEquals(List.of(adjusted.adjustment()), reviews.of(ReviewKind.MID_CYCLE).adjustments());
        host.loggedInAs("lead");
        assertEquals("a save after an adjustment needs the review's version", 2,
                okr().reviews.save("MKT", "MID_CYCLE", cycle.id(), new ReviewDraft("Works", null, null), opened.version()).version());

        AdjustmentService.Adjusted renamed = adjust("lead", signups, new AdjustmentDraft(null, "Qualified signups"),
                adjusted.keyResult().version());
        assertEquals("Qualified signups", renamed.keyResult().title());
        assertEquals("Signups", renamed.adjustment().oldValue());
        assertEquals(2, okr().history.adjustmentsOf(signups.id()).size());
    }

    @Test
    public void aRefusedAdjustmentChangesNothing() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        KeyResult deals = metricKeyResult(objective(cycle, "SALES", "Sell", "admin"), "Deals", 0, 10, "admin");

        assertThrows(ConflictException.class, () -> adjust("lead", signups, new AdjustmentDraft(80.0, null), signups.version() + 5));
        ValidationException noVersion = assertThrows(ValidationException.class,
                () -> adjust("lead", signups, new AdjustmentDraft(80.0, null), null));
        assertEquals(Set.of("version"), fieldErrors(noVersion).keySet());
        ValidationException both = assertThrows(ValidationException.class,
                () -> adjust("lead", signups, new AdjustmentDraft(80.0, "Both"), signups.version()));
        assertEquals(Set.of("title"), fieldErrors(both).keySet());
        ValidationException below = assertThrows(ValidationException.class,
                () -> adjust("lead", signups, new AdjustmentDraft(-1.0, null), signups.version()));
        assertEquals(Set.of("target"), fieldErrors(below).keySet());
        ValidationException elsewhere = assertThrows(ValidationException.class,
                () -> adjust("admin", deals, new AdjustmentDraft(5.0, null), deals.version()));
        assertEquals(Set.of("keyResultId"), fieldErrors(elsewhere).keySet());
        assertThrows(PermissionDeniedException.class,
                () -> adjust("member", signups, new AdjustmentDraft(80.0, null), signups.version()));
        host.loggedInAs("lead");
        assertThrows(NotFoundException.class, () -> okr().adjustments.adjust("MKT", "END_OF_CYCLE", signups.id(),
                new AdjustmentDraft(80.0, null), signups.version()));

        assertEquals(0, ao.activeObjects().count(KrAdjustmentEntity.class));
        assertEquals(0, ao.activeObjects().count(ReviewEntity.class));
        assertEquals(signups.version(), okr().keyResults.get(signups.id()).version());
    }

    @Test
    public void deletingAKeyResultDeletesTheRecordOfItsAdjustments() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        adjust("lead", signups, new AdjustmentDraft(80.0, null), signups.version());
        assertEquals(1, ao.activeObjects().count(KrAdjustmentEntity.class));

        host.loggedInAs("lead");
        okr().keyResults.delete(signups.id());
        assertEquals(0, ao.activeObjects().count(KrAdjustmentEntity.class));
    }

    @Test
    public void theMidCycleReviewIsDueFromTheMidpointUntilSaved() {
        Cycle cycle = activeQuarter();
        objective(cycle, "MKT", "Grow", "lead");
        ProjectRef marketing = new ProjectRef(10000, "MKT", "Marketing");
        host.loggedInAs("member");
        assertEquals(Optional.of(LocalDate.parse("2027-02-15")), okr().reviews.midCycleDueSince(marketing, cycle));
        host.at(Instant.parse("2027-02-14T10:00:00Z"));
        assertEquals(Optional.empty(), okr().reviews.midCycleDueSince(marketing, cycle));
        host.at(Instant.parse("2027-02-20T10:00:00Z"));
        save("lead", cycle, ReviewKind.MID_CYCLE, new ReviewDraft("Works", null, null), null);
        host.loggedInAs("member");
        assertEquals(Optional.empty(), okr().reviews.midCycleDueSince(marketing, cycle));
    }
}
