package io.capokr.okr;

/**
 * What closing its cycle decided for an unfinished key result. CARRIED is final: the key result lives on as a
 * copy in a later cycle, and carrying it again would split its story in two. DROPPED may still become CARRIED,
 * since a team may change its mind about a result it let go.
 */
public enum CloseOutcome {
    CARRIED,
    DROPPED
}
