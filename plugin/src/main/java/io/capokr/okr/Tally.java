package io.capokr.okr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contributing issues of one key result, reduced to what progress needs: how many are in each
 * status category, and the story points of each (null where an issue has none).
 */
public final class Tally {

    private int toDo;
    private int inProgress;
    private int done;
    private final List<Double> pointsOfDone = new ArrayList<>();
    private final List<Double> pointsOfAll = new ArrayList<>();

    /** Adds one contributing issue. */
    public Tally add(StatusCategory category, Double storyPoints) {
        switch (category) {
            case TO_DO -> toDo++;
            case IN_PROGRESS -> inProgress++;
            case DONE -> done++;
        }
        pointsOfAll.add(storyPoints);
        if (category == StatusCategory.DONE) {
            pointsOfDone.add(storyPoints);
        }
        return this;
    }

    public int toDo() {
        return toDo;
    }

    public int inProgress() {
        return inProgress;
    }

    public int done() {
        return done;
    }

    public int total() {
        return toDo + inProgress + done;
    }

    /** Story points of the done issues, an unestimated one weighing as {@link #storyPointProgress()} says. */
    public double donePoints() {
        return sum(pointsOfDone, fill());
    }

    /** Story points of all the issues, filled in the same way. */
    public double allPoints() {
        return sum(pointsOfAll, fill());
    }

    /** Done over all, counting each issue once. */
    double countProgress() {
        return total() == 0 ? 0 : (double) done / total();
    }

    /**
     * Done points over all points. An issue without points weighs the median of the issues that have
     * some, or 1 when none has: unestimated work is neither free nor infinitely large.
     */
    double storyPointProgress() {
        double fill = fill();
        double all = sum(pointsOfAll, fill);
        if (all <= 0) {
            // Every issue is estimated at zero: points cannot weigh them, so each counts once.
            return countProgress();
        }
        return sum(pointsOfDone, fill) / all;
    }

    private double fill() {
        return medianOf(pointsOfAll.stream().filter(p -> p != null).mapToDouble(p -> Math.max(0, p)).toArray());
    }

    private static double sum(List<Double> points, double fill) {
        return points.stream().mapToDouble(p -> p == null ? fill : Math.max(0, p)).sum();
    }

    private static double medianOf(double[] values) {
        if (values.length == 0) {
            return 1;
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
