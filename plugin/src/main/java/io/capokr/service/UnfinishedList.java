package io.capokr.service;

import java.util.List;

import io.capokr.okr.CloseOutcome;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;

/**
 * The read model "what closing this cycle leaves to decide": the unfinished key results (progress under 1) the
 * caller may see, company ones first then by project name, each with its decision so far; the cycle they go to by
 * default ({@code next}, null when there is no later open cycle) and every cycle that may receive them.
 */
public record UnfinishedList(Cycle cycle, Cycle next, List<Cycle> targets, List<Item> keyResults) {

    public UnfinishedList {
        targets = List.copyOf(targets);
        keyResults = List.copyOf(keyResults);
    }

    /**
     * {@code project} null: a company objective's key result. {@code carriedTo}/{@code copyId}: where it lives on,
     * once carried. {@code canDecide}: whether the caller may carry or drop it (now, or at close for a Jira
     * administrator).
     */
    public record Item(Objective objective, KeyResult keyResult, ProjectRef project, double progress,
                       CloseOutcome outcome, Cycle carriedTo, Long copyId, boolean canDecide) {
    }

    public long undecided() {
        return keyResults.stream().filter(item -> item.outcome() == null).count();
    }
}
