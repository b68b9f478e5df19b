package io.capokr.okr;

/** What the weekly meeting recorded: a decision taken, or an action someone will do by a date. */
public enum MeetingItemKind {
    DECISION,
    ACTION
}
