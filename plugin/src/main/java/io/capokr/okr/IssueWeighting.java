package io.capokr.okr;

/** How linked issues add up: each issue counts once, or by its story points. */
public enum IssueWeighting {
    COUNT,
    STORY_POINTS
}
