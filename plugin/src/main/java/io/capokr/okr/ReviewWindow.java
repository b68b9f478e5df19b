package io.capokr.okr;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a cycle's reviews and grades may be written (DESIGN §1, seed steps 5 and 6):
 * <ul>
 * <li>the <b>mid-cycle review</b> (and its key-result adjustments) opens on the cycle's midpoint, the day
 * {@code start + length/2} (day 46 of a 90-day cycle), and stays open while the cycle is ACTIVE, even past its end
 * date; once CLOSED, adjusting the key results would rewrite a finished cycle, so it is read-only;</li>
 * <li>the <b>end-of-cycle review and grading</b> open together two weeks before the cycle's last day (never before
 * the midpoint, for short cycles), stay open while ACTIVE, and remain open once the cycle is CLOSED: a closed cycle
 * is read-only except for its grades and its end-of-cycle review, which teams often finish after closing;</li>
 * <li>nothing opens while the cycle is PLANNING.</li>
 * </ul>
 */
public final class ReviewWindow {

    /** Days before the cycle's end at which grading and the end-of-cycle review open: the cycle's last two weeks. */
    public static final int END_OF_CYCLE_DAYS = 14;

    /** Why something cannot be written now: a message key and its arguments (dates as ISO-8601 text). */
    public record Refusal(String messageKey, List<Object> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }

        static Optional<Refusal> of(String messageKey, Object... arguments) {
            return Optional.of(new Refusal(messageKey, List.of(arguments)));
        }
    }

    private ReviewWindow() {
    }

    /** The cycle's midpoint: day {@code length/2} after its start (15 February for 1 January to 31 March). */
    public static LocalDate midpoint(Cycle cycle) {
        return cycle.startDate().plusDays(cycle.lengthInDays() / 2);
    }

    /** The first day on which grades and the end-of-cycle review may be written. */
    public static LocalDate endOfCycleOpensOn(Cycle cycle) {
        LocalDate lastTwoWeeks = cycle.endDate().minusDays(END_OF_CYCLE_DAYS - 1L);
        LocalDate midpoint = midpoint(cycle);
        return lastTwoWeeks.isBefore(midpoint) ? midpoint : lastTwoWeeks;
    }

    public static LocalDate opensOn(ReviewKind kind, Cycle cycle) {
        return kind == ReviewKind.MID_CYCLE ? midpoint(cycle) : endOfCycleOpensOn(cycle);
    }

    /** Why the review of this kind cannot be written today; empty when it can. */
    public static Optional<Refusal> reviewRefusal(ReviewKind kind, Cycle cycle, LocalDate today) {
        String prefix = kind == ReviewKind.MID_CYCLE ? "capokr.review.error.midCycle" : "capokr.review.error.endOfCycle";
        return refusal(prefix, kind == ReviewKind.MID_CYCLE, opensOn(kind, cycle), cycle, today);
    }

    /** Why key results of this cycle cannot be graded today; empty when they can. */
    public static Optional<Refusal> gradingRefusal(Cycle cycle, LocalDate today) {
        return refusal("capokr.grade.error", false, endOfCycleOpensOn(cycle), cycle, today);
    }

    /**
     * Whether the team should be reminded of its mid-cycle review: the cycle is ACTIVE, its midpoint has come, and
     * the project has not saved one yet.
     */
    public static boolean midCycleDue(Cycle cycle, LocalDate today, boolean saved) {
        return !saved && cycle.state() == CycleState.ACTIVE && !today.isBefore(midpoint(cycle));
    }

    private static Optional<Refusal> refusal(String prefix, boolean closesWithCycle, LocalDate opensOn, Cycle cycle,
                                             LocalDate today) {
        return switch (cycle.state()) {
            case PLANNING -> Refusal.of(prefix + ".planning", cycle.name(), opensOn.toString());
            case CLOSED -> closesWithCycle ? Refusal.of(prefix + ".closed", cycle.name()) : Optional.empty();
            case ACTIVE -> today.isBefore(opensOn) ? Refusal.of(prefix + ".notYet", opensOn.toString()) : Optional.empty();
        };
    }
}
