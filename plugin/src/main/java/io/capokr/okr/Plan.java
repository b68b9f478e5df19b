package io.capokr.okr;

import java.time.Instant;
import java.util.List;

/**
 * A project's preparation for one cycle (seed step 1): its business priorities, most important first. A project
 * that has not written one yet has the empty plan at version {@value #NONE}, which is also the version the first
 * save names; {@code updatedBy} and {@code updatedAt} are null until then.
 */
public record Plan(long cycleId, long projectId, int version, List<PlanPriority> priorities, String updatedBy,
                   Instant updatedAt) {

    /** The version of a plan nobody has written yet. */
    public static final int NONE = 0;

    public Plan {
        priorities = List.copyOf(priorities);
    }

    public static Plan none(long cycleId, long projectId) {
        return new Plan(cycleId, projectId, NONE, List.of(), null, null);
    }

    public boolean isWritten() {
        return version != NONE;
    }
}
