package io.capokr.service;

import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;

/**
 * What the issue panel shows: the key results an issue serves that the caller may see, each with where it sits
 * (objective, cycle, project key or null for a company key result), how it is doing, how this issue counts toward
 * it, and whether the caller may unlink it.
 */
public record IssueKeyResults(String issueKey, List<Row> rows) {

    public record Row(KeyResult keyResult, Objective objective, Cycle cycle, String projectKey, double progress,
                      Health health, boolean contributes, boolean canUnlink) {
    }

    /** A key result the caller may link the issue to, found by the panel's search. */
    public record Candidate(KeyResult keyResult, Objective objective, Cycle cycle, String projectKey) {
    }
}
