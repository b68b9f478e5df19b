package io.capokr.okr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review as someone typed it. Each text is optional, but a review says something: at least one of them must be
 * written. Learnings belong to the end-of-cycle review; sending them with a mid-cycle one is a mistake worth saying
 * rather than text silently dropped.
 */
public record ReviewDraft(String whatWorked, String whatToChange, String learnings) {

    public static final String WHAT_WORKED = "whatWorked";
    public static final String WHAT_TO_CHANGE = "whatToChange";
    public static final String LEARNINGS = "learnings";
    /** Characters per text: a page of prose is plenty for a review, and keeps the synthesis readable. */
    public static final int TEXT_MAX = 5000;

    public List<FieldProblem> problems(ReviewKind kind) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.limit(whatWorked, TEXT_MAX, WHAT_WORKED, problems);
        FieldChecks.limit(whatToChange, TEXT_MAX, WHAT_TO_CHANGE, problems);
        if (kind == ReviewKind.MID_CYCLE && !FieldChecks.strip(learnings).isEmpty()) {
            problems.add(FieldProblem.of(LEARNINGS, "capokr.review.error.learnings.midCycle"));
        } else {
            FieldChecks.limit(learnings, TEXT_MAX, LEARNINGS, problems);
        }
        if (FieldChecks.strip(whatWorked).isEmpty() && FieldChecks.strip(whatToChange).isEmpty()
                && FieldChecks.strip(learnings).isEmpty()) {
            problems.add(FieldProblem.of(WHAT_WORKED, "capokr.review.error.empty"));
        }
        return problems;
    }

    /** What a {@code PUT} says of a review's texts ({@link Change}): one left out keeps its text, a null empties it. */
    public record Edit(Change<String> whatWorked, Change<String> whatToChange, Change<String> learnings) {

        public Edit {
            whatWorked = Change.orKeep(whatWorked);
            whatToChange = Change.orKeep(whatToChange);
            learnings = Change.orKeep(learnings);
        }

        /** The texts after this edit of {@code current}, or of nothing when the review is not saved yet. */
        public ReviewDraft over(Optional<Review> current) {
            return new ReviewDraft(whatWorked.over(current.map(Review::whatWorked).orElse(null)),
                    whatToChange.over(current.map(Review::whatToChange).orElse(null)),
                    learnings.over(current.map(Review::learnings).orElse(null)));
        }
    }

    /** This draft as an edit that gives every field: a whole replacement, nulls included. */
    public Edit asEdit() {
        return new Edit(Change.to(whatWorked), Change.to(whatToChange), Change.to(learnings));
    }

    public String cleanWhatWorked() {
        return FieldChecks.strip(whatWorked);
    }

    public String cleanWhatToChange() {
        return FieldChecks.strip(whatToChange);
    }

    public String cleanLearnings() {
        return FieldChecks.strip(learnings);
    }
}
