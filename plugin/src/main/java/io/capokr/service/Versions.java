package io.capokr.service;

import java.util.List;
import java.util.Optional;

import io.capokr.okr.FieldProblem;

/**
 * Optimistic locking, one way everywhere: an edit names the {@code version} it read, and a store's update
 * answers empty when the row has moved on since, which is a 409 telling the caller to reload.
 */
final class Versions {

    static final String FIELD = "version";

    private Versions() {
    }

    /** An edit must say which version it read. */
    static void requirePresent(Integer version, List<FieldProblem> problems) {
        if (version == null) {
            problems.add(FieldProblem.of(FIELD, "capokr.error.required"));
        }
    }

    /** The updated row, or a 409 when someone else saved first. */
    static <T> T saved(Optional<T> updated) {
        return updated.orElseThrow(() -> new ConflictException("capokr.error.stale"));
    }
}
