package io.capokr.okr;

import java.util.Objects;

/**
 * What a team wants to achieve in a cycle. {@code projectId} null makes it a company objective;
 * {@code parentId} aligns it to another objective. {@code version} guards against lost updates.
 */
public record Objective(long id, long cycleId, Long projectId, Long parentId, String title, String description,
                        String ownerKey, ObjectiveType type, int rank, Double grade, int version) {

    public Objective {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(type, "type");
    }

    public boolean isCompanyObjective() {
        return projectId == null;
    }
}
