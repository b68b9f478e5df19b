package io.capokr.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mid-cycle adjustment of one key result as someone asked for it: a new target (metrics only) or a reworded
 * title, one at a time, so that each change is recorded with the value it replaced. The changed key result is
 * checked by the same rules as any edit ({@link KeyResultDraft}): a target on the wrong side of the start is refused
 * as it would be in the edit dialog.
 */
public record AdjustmentDraft(Double target, String title) {

    public static final String TARGET = KeyResultDraft.TARGET;
    public static final String TITLE = KeyResultDraft.TITLE;

    /** What the key result becomes, and the record of the change. */
    public record Applied(KeyResultDraft draft, KrAdjustment.Field field, String oldValue, String newValue) {
    }

    /** Problems with the request itself, before the key result is known. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean hasTitle = title != null;
        if (target == null && !hasTitle) {
            problems.add(FieldProblem.of(TARGET, "capokr.review.error.adjustment.nothing"));
        } else if (target != null && hasTitle) {
            problems.add(FieldProblem.of(TITLE, "capokr.review.error.adjustment.both"));
        }
        return problems;
    }

    /**
     * The key result with the change applied, as a draft its edit would send, or the problems: a target for a key
     * result that is not a metric, a value equal to the current one, or anything {@link KeyResultDraft} refuses.
     */
    public Optional<Applied> applyTo(KeyResult keyResult, List<FieldProblem> problems) {
        KeyResultDraft current = asDraft(keyResult, keyResult.title(), null);
        if (target != null) {
            if (!(keyResult.measure() instanceof Measure.Metric metric)) {
                problems.add(FieldProblem.of(TARGET, "capokr.review.error.adjustment.notMetric"));
                return Optional.empty();
            }
            if (target == metric.target()) {
                problems.add(FieldProblem.of(TARGET, "capokr.review.error.adjustment.same"));
                return Optional.empty();
            }
            KeyResultDraft changed = asDraft(keyResult, keyResult.title(), target);
            problems.addAll(changed.problems());
            return problems.isEmpty() ? Optional.of(new Applied(changed, KrAdjustment.Field.TARGET,
                    plain(metric.target()), plain(target))) : Optional.empty();
        }
        KeyResultDraft changed = asDraft(keyResult, title, null);
        problems.addAll(changed.problems());
        if (problems.isEmpty() && changed.cleanTitle().equals(current.cleanTitle())) {
            problems.add(FieldProblem.of(TITLE, "capokr.review.error.adjustment.same"));
        }
        return problems.isEmpty() ? Optional.of(new Applied(changed, KrAdjustment.Field.TITLE, keyResult.title(),
                changed.cleanTitle())) : Optional.empty();
    }

    /** A number as people write it: 120, 0.5, never 120.0 or 1.2E2. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The key result as its edit dialog would send it back, with the new title and, if given, the new target. */
    private static KeyResultDraft asDraft(KeyResult keyResult, String title, Double newTarget) {
        Measure measure = keyResult.measure();
        if (measure instanceof Measure.Metric metric) {
            return new KeyResultDraft(title, MeasureKind.METRIC.name(), metric.start(),
                    newTarget == null ? metric.target() : newTarget, metric.current(), metric.unit(),
                    metric.direction().name(), null, null, keyResult.weight());
        }
        if (measure instanceof Measure.Milestone milestone) {
            return new KeyResultDraft(title, MeasureKind.MILESTONE.name(), null, null, null, null, null,
                    milestone.done(), null, keyResult.weight());
        }
        Measure.Issues issues = (Measure.Issues) measure;
        return new KeyResultDraft(title, MeasureKind.ISSUES.name(), null, null, null, null, null, null,
                issues.weighting().name(), keyResult.weight());
    }
}
