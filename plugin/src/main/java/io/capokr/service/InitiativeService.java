package io.capokr.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.capokr.host.Clock;
import io.capokr.host.IssueDirectory;
import io.capokr.host.Messages;
import io.capokr.okr.Initiative;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.PageRequest;
import io.capokr.okr.UserRef;
import io.capokr.store.InitiativeStore;
import io.capokr.store.Transactions;

/**
 * Linking Jira issues to key results as initiatives, in bulk and all-or-nothing. Only issues the
 * caller can see can be linked or unlinked; issues the caller cannot see are counted, never named.
 */
public class InitiativeService {

    public static final String ISSUE_KEYS = "issueKeys";
    public static final int MAX_KEYS_PER_CALL = 1000;

    private final InitiativeStore initiatives;
    private final IssueDirectory issues;
    private final Transactions transactions;
    private final EditLocks editLocks;
    private final Finder finder;
    private final Guard guard;
    private final Clock clock;
    private final Messages messages;

    public InitiativeService(InitiativeStore initiatives, IssueDirectory issues, Transactions transactions,
                             EditLocks editLocks,
                             Finder finder, Guard guard, Clock clock, Messages messages) {
        this.initiatives = initiatives;
        this.issues = issues;
        this.transactions = transactions;
        this.editLocks = editLocks;
        this.finder = finder;
        this.guard = guard;
        this.clock = clock;
        this.messages = messages;
    }

    /** What a link call did. */
    public record LinkResult(int linked, int alreadyLinked) {
    }

    /**
     * Links the issues to the key result. Every key must name an issue the caller can see; otherwise
     * nothing is linked and each bad key is reported against itself.
     */
    public LinkResult link(long keyResultId, List<String> issueKeys, boolean contributes) {
        UserRef user = guard.user();
        requireWorker(user, keyResultId);
        Map<String, IssueFacts> found = resolveAll(issueKeys, user);
        return editLocks.onKeyResult(keyResultId, () -> transactions.inTransaction(() -> {
            int created = initiatives.link(keyResultId, found.values(), contributes, user.key(), clock.now());
            return new LinkResult(created, found.size() - created);
        }));
    }

    /** Unlinks the issues; the same all-or-nothing rule as linking. Returns how many links were removed. */
    public int unlink(long keyResultId, List<String> issueKeys) {
        UserRef user = guard.user();
        requireWorker(user, keyResultId);
        Map<String, IssueFacts> found = resolveAll(issueKeys, user);
        List<Long> ids = found.values().stream().map(IssueFacts::id).toList();
        return editLocks.onKeyResult(keyResultId, () -> transactions.inTransaction(() -> initiatives.unlink(keyResultId, ids)));
    }

    /** A page of a key result's initiatives: the ones the caller may see, named; the others only counted. */
    public InitiativePage list(long keyResultId, PageRequest page) {
        UserRef user = guard.user();
        KeyResult keyResult = finder.keyResult(keyResultId);
        guard.requireVisible(user, finder.objective(keyResult.objectiveId()));
        List<Initiative> links = initiatives.forKeyResult(keyResultId, page.startAt(), page.maxResults());
        Map<Long, IssueFacts> visible = issues.visibleByIds(links.stream().map(Initiative::issueId).toList(), user);
        List<InitiativePage.Row> rows = new ArrayList<>();
        for (Initiative link : links) {
            IssueFacts facts = visible.get(link.issueId());
            if (facts != null) {
                rows.add(new InitiativePage.Row(link, facts));
            }
        }
        return new InitiativePage(page.startAt(), page.maxResults(), initiatives.countForKeyResult(keyResultId),
                rows, links.size() - rows.size());
    }

    private void requireWorker(UserRef user, long keyResultId) {
        KeyResult keyResult = finder.keyResult(keyResultId);
        Objective objective = finder.objective(keyResult.objectiveId());
        guard.requireWorkOn(user, keyResult, objective);
    }

    /** Each key as the caller can see it, or a 400 naming every key that is unknown or hidden from them. */
    private Map<String, IssueFacts> resolveAll(List<String> issueKeys, UserRef user) {
        Set<String> keys = normalized(issueKeys);
        Map<String, IssueFacts> found = issues.visibleByKeys(keys, user);
        Map<String, String> errors = new LinkedHashMap<>();
        for (String key : keys) {
            if (!found.containsKey(key)) {
                errors.put(key, messages.text("capokr.error.issue.notFound", key));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(messages.text("capokr.error.validation"), errors);
        }
        return found;
    }

    private Set<String> normalized(List<String> issueKeys) {
        Set<String> keys = new LinkedHashSet<>();
        if (issueKeys != null) {
            for (String key : issueKeys) {
                if (key != null && !key.isBlank()) {
                    keys.add(key.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        if (keys.isEmpty()) {
            throw new ValidationException(messages.text("capokr.error.validation"),
                    Map.of(ISSUE_KEYS, messages.text("capokr.error.issueKeys.required")));
        }
        if (keys.size() > MAX_KEYS_PER_CALL) {
            throw new ValidationException(messages.text("capokr.error.validation"),
                    Map.of(ISSUE_KEYS, messages.text("capokr.error.issueKeys.tooMany", MAX_KEYS_PER_CALL)));
        }
        return keys;
    }
}
