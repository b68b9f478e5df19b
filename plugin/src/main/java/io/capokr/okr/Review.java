package io.capokr.okr;

import java.time.Instant;
import java.util.Objects;

/**
 * A project's review of a cycle. Texts are never null (empty when not written); {@code learnings} is the
 * end-of-cycle review's alone. {@code version} guards against lost updates; {@code updatedBy}/{@code updatedAt}
 * say who saved it last.
 */
public record Review(long id, long cycleId, long projectId, ReviewKind kind, String whatWorked, String whatToChange,
                     String learnings, int version, String updatedBy, Instant updatedAt) {

    public Review {
        Objects.requireNonNull(kind, "kind");
        whatWorked = whatWorked == null ? "" : whatWorked;
        whatToChange = whatToChange == null ? "" : whatToChange;
        learnings = learnings == null ? "" : learnings;
    }
}
