package io.capokr.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.capokr.host.Clock;
import io.capokr.host.IssueDirectory;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.Initiative;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.IssueKeys;
import io.capokr.okr.KeyResult;
import io.capokr.okr.PageRequest;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.UserRef;
import io.capokr.store.InitiativeStore;

/**
 * Linking Jira issues to key results as initiatives, in bulk and all-or-nothing. Only issues the
 * caller can see can be linked or unlinked; issues the caller cannot see are counted, never named.
 */
public class InitiativeService {

    public static final String ISSUE_KEYS = "issueKeys";
    public static final int MAX_KEYS_PER_CALL = 1000;

    private final InitiativeStore initiatives;
    private final IssueDirectory issues;
    private final ProgressHistory history;
    private final Writes writes;
    private final Finder finder;
    private final Guard guard;
    private final Clock clock;

    public InitiativeService(InitiativeStore initiatives, IssueDirectory issues, ProgressHistory history,
                             Writes writes, Finder finder, Guard guard, Clock clock) {
        this.initiatives = initiatives;
        this.issues = issues;
        this.history = history;
        this.writes = writes;
        this.finder = finder;
        this.guard = guard;
        this.clock = clock;
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
        finder.keyResultToWork(keyResultId, user);
        Map<String, IssueFacts> found = resolveAll(issueKeys, user);
        return writes.onKeyResult(keyResultId, () -> {
            // Again under the lock, which deleting the key result holds: it may have gone since.
            finder.keyResultToWork(keyResultId, user);
            int created = initiatives.link(keyResultId, found.values(), contributes, user.key(), clock.now());
            history.record(List.of(keyResultId));
            return new LinkResult(created, found.size() - created);
        });
    }

    /** Unlinks the issues; the same all-or-nothing rule as linking. Returns how many links were removed. */
    public int unlink(long keyResultId, List<String> issueKeys) {
        UserRef user = guard.user();
        finder.keyResultToWork(keyResultId, user);
        Map<String, IssueFacts> found = resolveAll(issueKeys, user);
        List<Long> ids = found.values().stream().map(IssueFacts::id).toList();
        return writes.onKeyResult(keyResultId, () -> {
            finder.keyResultToWork(keyResultId, user);
            int removed = initiatives.unlink(keyResultId, ids);
            history.record(List.of(keyResultId));
            return removed;
        });
    }

    /** A page of a key result's initiatives: the ones the caller may see, named; the others only counted. */
    public InitiativePage list(long keyResultId, PageRequest page) {
        UserRef user = guard.user();
        finder.keyResultToView(keyResultId, user);
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

    /**
     * The linked issues of these key results as a page lists them, for those key results the caller may see (the
     * others are left out): at most {@code listedPerKeyResult} named per key result, done first, then in progress,
     * then to do; restricted issues counted, never named. Three statements and one bulk issue read, however many.
     */
    public Map<Long, ShownInitiatives> shownFor(Collection<Long> keyResultIds, int listedPerKeyResult) {
        UserRef user = guard.user();
        List<Long> visibleIds = finder.keyResultsToView(keyResultIds, user).stream().map(KeyResult::id).toList();
        List<Initiative> links = initiatives.forKeyResults(visibleIds);
        Map<Long, IssueFacts> visible = issues.visibleByIds(links.stream().map(Initiative::issueId).distinct().toList(), user);
        Map<Long, List<Initiative>> byKeyResult = links.stream().collect(Collectors.groupingBy(Initiative::keyResultId));
        Map<Long, ShownInitiatives> shown = new LinkedHashMap<>();
        for (Long id : visibleIds) {
            shown.put(id, shown(byKeyResult.getOrDefault(id, List.of()), visible, listedPerKeyResult));
        }
        return shown;
    }

    private static ShownInitiatives shown(List<Initiative> links, Map<Long, IssueFacts> visible, int listed) {
        List<ShownInitiatives.Shown> seen = links.stream().filter(link -> visible.containsKey(link.issueId()))
                .map(link -> new ShownInitiatives.Shown(visible.get(link.issueId()), link.contributes()))
                .sorted(Comparator.comparing((ShownInitiatives.Shown s) -> s.issue().statusCategory()).reversed())
                .toList();
        List<ShownInitiatives.Shown> kept = seen.subList(0, Math.min(listed, seen.size()));
        return new ShownInitiatives(inCategory(kept, StatusCategory.DONE), inCategory(kept, StatusCategory.IN_PROGRESS),
                inCategory(kept, StatusCategory.TO_DO), links.size() - seen.size(), seen.size() - kept.size());
    }

    private static List<ShownInitiatives.Shown> inCategory(List<ShownInitiatives.Shown> shown, StatusCategory category) {
        return shown.stream().filter(s -> s.issue().statusCategory() == category).toList();
    }

    /** Each key as the caller can see it, or a 400 naming every key that is unknown or hidden from them. */
    private Map<String, IssueFacts> resolveAll(List<String> issueKeys, UserRef user) {
        Set<String> keys = IssueKeys.normalised(issueKeys);
        if (keys.isEmpty()) {
            throw ValidationException.of(FieldProblem.of(ISSUE_KEYS, "capokr.error.issueKeys.required"));
        }
        if (keys.size() > MAX_KEYS_PER_CALL) {
            throw ValidationException.of(FieldProblem.of(ISSUE_KEYS, "capokr.error.issueKeys.tooMany", MAX_KEYS_PER_CALL));
        }
        Map<String, IssueFacts> found = issues.visibleByKeys(keys, user);
        List<FieldProblem> unknown = keys.stream().filter(key -> !found.containsKey(key))
                .map(key -> FieldProblem.of(key, "capokr.error.issue.notFound", key)).toList();
        ValidationException.throwIfAny(unknown);
        return found;
    }
}
