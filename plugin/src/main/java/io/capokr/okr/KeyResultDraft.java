package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A key result as someone typed it. Which fields matter depends on the measure:
 * METRIC needs start and target (current starts at start; direction follows from them unless given),
 * MILESTONE may say whether it is done, ISSUES may say how issues weigh (COUNT by default).
 */
public record KeyResultDraft(String title, String measure, Double start, Double target, Double current, String unit,
                             String direction, Boolean done, String weighting, Double weight) {

    public static final String TITLE = "title";
    public static final String MEASURE = "measure";
    public static final String START = "start";
    public static final String TARGET = "target";
    public static final String CURRENT = "current";
    public static final String UNIT = "unit";
    public static final String DIRECTION = "direction";
    public static final String WEIGHTING = "weighting";
    public static final String WEIGHT = "weight";
    public static final int TITLE_MAX = 255;
    public static final int UNIT_MAX = 32;
    /** Weights are relative; beyond a thousand to one they only hide the other key results. */
    public static final double WEIGHT_MAX = 1000;

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        parse(problems);
        return problems;
    }

    /**
     * What a {@code PUT} says of a key result's fields ({@link Change}): one left out keeps its value. Title and
     * measure cannot be cleared, nor a metric's start and target (a null is refused as a missing value); a null
     * current is the start, unit empty, direction the one start and target imply, done false, weighting COUNT and
     * weight 1, as on create. Fields of another measure are kept but do not count.
     */
    public record Edit(Change<String> title, Change<String> measure, Change<Double> start, Change<Double> target,
                       Change<Double> current, Change<String> unit, Change<String> direction, Change<Boolean> done,
                       Change<String> weighting, Change<Double> weight) {

        public Edit {
            title = Change.orKeep(title);
            measure = Change.orKeep(measure);
            start = Change.orKeep(start);
            target = Change.orKeep(target);
            current = Change.orKeep(current);
            unit = Change.orKeep(unit);
            direction = Change.orKeep(direction);
            done = Change.orKeep(done);
            weighting = Change.orKeep(weighting);
            weight = Change.orKeep(weight);
        }

        public KeyResultDraft over(KeyResult keyResult) {
            KeyResultDraft was = of(keyResult);
            return new KeyResultDraft(title.over(was.title()), measure.over(was.measure()), start.over(was.start()),
                    target.over(was.target()), current.over(was.current()), unit.over(was.unit()),
                    direction.over(was.direction()), done.over(was.done()), weighting.over(was.weighting()),
                    weight.over(was.weight()));
        }
    }

    /** The key result as a draft would describe it: the fields of its measure, the others null. */
    public static KeyResultDraft of(KeyResult keyResult) {
        Measure measure = keyResult.measure();
        Measure.Metric metric = measure instanceof Measure.Metric m ? m : null;
        return new KeyResultDraft(keyResult.title(), measure.kind().name(),
                metric == null ? null : metric.start(), metric == null ? null : metric.target(),
                metric == null ? null : metric.current(), metric == null ? null : metric.unit(),
                metric == null ? null : metric.direction().name(),
                measure instanceof Measure.Milestone milestone ? milestone.done() : null,
                measure instanceof Measure.Issues issues ? issues.weighting().name() : null, keyResult.weight());
    }

    /** This draft as an edit that gives every field: a whole replacement, nulls included. */
    public Edit asEdit() {
        return new Edit(Change.to(title), Change.to(measure), Change.to(start), Change.to(target), Change.to(current), Change.to(unit), Change.to(direction), Change.to(done), Change.to(weighting), Change.to(weight));
    }

    public String cleanTitle() {
        return FieldChecks.strip(title);
    }

    /** Call only when {@link #problems()} is empty. */
    public Measure toMeasure() {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Measure> measured = parse(problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Draft has problems: " + problems);
        }
        return measured.orElseThrow();
    }

    /** Call only when {@link #problems()} is empty. */
    public double weightOrDefault() {
        return weight == null ? KeyResult.DEFAULT_WEIGHT : weight;
    }

    private Optional<Measure> parse(List<FieldProblem> problems) {
        FieldChecks.requireText(title, TITLE_MAX, TITLE, problems);
        if (weight != null && !(weight >= 0 && weight <= WEIGHT_MAX)) {
            problems.add(FieldProblem.of(WEIGHT, "capokr.error.keyResult.weight", (int) WEIGHT_MAX));
        }
        Optional<MeasureKind> kind = FieldChecks.choice(MeasureKind.class, measure, null, MEASURE, problems);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case METRIC -> metric(problems);
            case MILESTONE -> Optional.of(new Measure.Milestone(Boolean.TRUE.equals(done)));
            case ISSUES -> FieldChecks.choice(IssueWeighting.class, weighting, IssueWeighting.COUNT, WEIGHTING, problems)
                    .map(Measure.Issues::new);
        };
    }

    private Optional<Measure> metric(List<FieldProblem> problems) {
        FieldChecks.limitColumn(unit, UNIT_MAX, UNIT, problems);
        if (start == null) {
            problems.add(FieldProblem.of(START, "capokr.error.required"));
        }
        if (target == null) {
            problems.add(FieldProblem.of(TARGET, "capokr.error.required"));
        }
        for (String field : new String[] {START, TARGET, CURRENT}) {
            Double number = field.equals(START) ? start : field.equals(TARGET) ? target : current;
            if (number != null && !Numbers.storable(number)) {
                problems.add(FieldProblem.of(field, "capokr.error.number"));
            }
        }
        if (start == null || target == null || !Numbers.storable(start) || !Numbers.storable(target)
                || current != null && !Numbers.storable(current)) {
            return Optional.empty();
        }
        Direction implied = target > start ? Direction.INCREASE : target < start ? Direction.DECREASE : Direction.MAINTAIN;
        Optional<Direction> chosen = FieldChecks.choice(Direction.class, direction, implied, DIRECTION, problems);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        if (chosen.get() == Direction.INCREASE && !(target > start)) {
            problems.add(FieldProblem.of(TARGET, "capokr.error.keyResult.target.above"));
        } else if (chosen.get() == Direction.DECREASE && !(target < start)) {
            problems.add(FieldProblem.of(TARGET, "capokr.error.keyResult.target.below"));
        }
        double value = current == null ? start : current;
        return Optional.of(new Measure.Metric(start, target, value, FieldChecks.strip(unit), chosen.get()));
    }
}
