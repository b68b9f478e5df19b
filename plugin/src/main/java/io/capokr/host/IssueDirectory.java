package io.capokr.host;

import java.util.Collection;
import java.util.Map;

import io.capokr.okr.IssueFacts;
import io.capokr.okr.UserRef;

/**
 * Bulk facts about the host's issues, filtered by what a user may see. Each call answers for many
 * issues at once: the Jira implementation must never ask Jira once per issue.
 */
public interface IssueDirectory {

    /**
     * The issues among {@code keys} that exist and that {@code viewer} may see, keyed by the key as given,
     * upper-cased (and trimmed); values carry the current key. A key may be an old key of an issue moved to
     * another project: it is found under that old key, and its {@link IssueFacts#key()} is the new one. Unknown
     * keys and issues the viewer cannot see are simply absent, so the two cannot be told apart. Null keys are
     * ignored; a viewer the host does not know sees nothing. The viewer need not be the caller.
     */
    Map<String, IssueFacts> visibleByKeys(Collection<String> keys, UserRef viewer);

    /** The same, by issue id (null ids ignored). */
    Map<Long, IssueFacts> visibleByIds(Collection<Long> ids, UserRef viewer);

    /**
     * Every existing issue among {@code ids}, whatever its security, keyed by id (null ids ignored): for the app's
     * own upkeep, acting as the system, such as the reconcile that repairs the links' copies. What it answers is
     * never shown to a user; anything shown goes through {@link #visibleByIds}.
     */
    Map<Long, IssueFacts> factsByIds(Collection<Long> ids);
}
