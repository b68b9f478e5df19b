package io.capokr.okr;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The rules of closing into the next cycle (issue 9, item 8): which key results are unfinished, which cycle is
 * "the next one", which cycles may receive a carried key result, and what a carried copy starts from. Pure, so
 * the service only loads and writes.
 */
public final class CarryOver {

    private CarryOver() {
    }

    /** A key result is unfinished while its progress is under 1: only those are carried over or dropped. */
    public static boolean unfinished(double progress) {
        return progress < 1;
    }

    /**
     * The cycle a key result is carried to by default: the earliest cycle still open (PLANNING or ACTIVE) that
     * starts after {@code closing} ends; among cycles starting the same day, the first created. Empty when there is
     * none: nothing is created on the caller's behalf, the page tells them to create the next cycle first.
     */
    public static Optional<Cycle> nextCycle(Cycle closing, List<Cycle> all) {
        return all.stream()
                .filter(cycle -> cycle.id() != closing.id() && isOpen(cycle))
                .filter(cycle -> cycle.startDate().isAfter(closing.endDate()))
                .min(Comparator.comparing(Cycle::startDate).thenComparing(Cycle::id));
    }

    /**
     * Every cycle a key result of {@code closing} may be carried to, earliest first: the open cycles other than
     * itself, including ones that overlap it or came before it, since an administrator may have planned them so.
     */
    public static List<Cycle> targets(Cycle closing, List<Cycle> all) {
        return all.stream().filter(cycle -> cycle.id() != closing.id() && isOpen(cycle))
                .sorted(Comparator.comparing(Cycle::startDate).thenComparing(Cycle::id)).toList();
    }

    /**
     * Why {@code target} cannot receive key results carried from {@code closing}, as a message key whose argument
     * is the target's name; empty when it can.
     */
    public static Optional<String> targetRefusal(Cycle closing, Cycle target) {
        if (target.id() == closing.id()) {
            return Optional.of("capokr.carry.error.sameCycle");
        }
        if (!isOpen(target)) {
            return Optional.of("capokr.carry.error.targetClosed");
        }
        return Optional.empty();
    }

    /**
     * Why a key result whose cycle decided {@code current} may not now be decided {@code wanted}, as a message key
     * whose argument is its title; empty when it may. Once carried, the decision is final; dropping twice is
     * harmless and changes nothing.
     */
    public static Optional<String> decisionRefusal(CloseOutcome current, CloseOutcome wanted) {
        return current == CloseOutcome.CARRIED
                ? Optional.of(wanted == CloseOutcome.CARRIED ? "capokr.carry.error.alreadyCarried" : "capokr.carry.error.carriedNotDropped")
                : Optional.empty();
    }

    /**
     * The decision that holds for a key result: the one recorded, except that a carry whose copy has since been
     * deleted (with its objective, or alone) no longer holds, and the key result awaits a decision again rather than
     * stay "carried" to nowhere.
     */
    public static CloseOutcome standing(CloseOutcome recorded, boolean copyExists) {
        return recorded == CloseOutcome.CARRIED && !copyExists ? null : recorded;
    }

    /**
     * The measure a carried copy starts with. A metric measures the rest of the way: its start is the value
     * reached, its target unchanged, so the new cycle's progress counts only what it adds (a band to maintain keeps
     * its band, since moving it would change what is maintained). A milestone is still to do; issues keep their
     * weighting and are measured from the open issues carried with them.
     */
    public static Measure carriedMeasure(Measure measure) {
        if (measure instanceof Measure.Metric metric && metric.direction() != Direction.MAINTAIN) {
            return new Measure.Metric(metric.current(), metric.target(), metric.current(), metric.unit(), metric.direction());
        }
        if (measure instanceof Measure.Milestone) {
            return new Measure.Milestone(false);
        }
        return measure;
    }

    /** Linked issues still open (not Done) go with a carried key result; those done stay with the original. */
    public static boolean carriesLink(StatusCategory category) {
        return category != StatusCategory.DONE;
    }

    /**
     * The objective a carried objective aligns to in the target cycle: the original's parent if that parent is in
     * the target cycle itself, else the copy of that parent already carried there, else none (an alignment to an
     * objective of a closed cycle would point at the past). {@code copiesInTarget}: original objective id → id of
     * its copy in the target cycle; {@code inTarget}: whether an objective id is in the target cycle.
     */
    public static Long carriedParent(Long parentId, LongPredicate inTarget, Map<Long, Long> copiesInTarget) {
        if (parentId == null) {
            return null;
        }
        if (inTarget.test(parentId)) {
            return parentId;
        }
        return copiesInTarget.get(parentId);
    }

    private static boolean isOpen(Cycle cycle) {
        return cycle.state() != CycleState.CLOSED;
    }
}
