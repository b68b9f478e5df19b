package io.capokr.service;

import java.util.List;

import io.capokr.okr.IssueFacts;

/**
 * A key result's linked issues as a page shows them: the ones the reader may see, by status category, with their
 * current key, summary and status; the ones they may not see only counted ({@code restricted}); and how many more
 * there are than a page lists ({@code notListed}).
 */
public record ShownInitiatives(List<Shown> done, List<Shown> inProgress, List<Shown> toDo, int restricted,
                               int notListed) {

    public ShownInitiatives {
        done = List.copyOf(done);
        inProgress = List.copyOf(inProgress);
        toDo = List.copyOf(toDo);
    }

    public static ShownInitiatives none() {
        return new ShownInitiatives(List.of(), List.of(), List.of(), 0, 0);
    }

    /** One visible issue; {@code contributes} false when it is linked for context only. */
    public record Shown(IssueFacts issue, boolean contributes) {
    }
}
