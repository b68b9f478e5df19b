package io.capokr.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capokr.host.Clock;
import io.capokr.host.IssueDirectory;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.Health;
import io.capokr.okr.Initiative;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Progress;
import io.capokr.okr.Tally;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;

/**
 * The issue panel's reads (DESIGN §10): the key results an issue serves, and the key results it could be linked
 * to. Both answer only to a caller who can see the issue; an issue hidden from them is "not found", exactly as an
 * unknown one, so that nobody learns it exists. Linking and unlinking go through {@link InitiativeService}.
 */
public class IssuePanelService {

    /** The picker shows a short list: the user narrows it by typing, as in Jira's own pickers. */
    public static final int MAX_CANDIDATES = 20;

    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final ObjectiveStore objectives;
    private final CycleStore cycles;
    private final IssueDirectory issues;
    private final Guard guard;
    private final Clock clock;

    public IssuePanelService(KeyResultStore keyResults, InitiativeStore initiatives, ObjectiveStore objectives,
                             CycleStore cycles, IssueDirectory issues, Guard guard, Clock clock) {
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.objectives = objectives;
        this.cycles = cycles;
        this.issues = issues;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The key results the issue serves that the caller may see, current cycles first. Four statements however many
     * links there are: the key results (joined to the issue's links), all their links (for progress), their
     * objectives and the cycles; permissions are the host's, asked in memory.
     */
    public IssueKeyResults keyResultsOf(String issueKey) {
        UserRef user = guard.user();
        IssueFacts issue = visibleIssue(issueKey, user);
        List<KeyResult> served = keyResults.servedBy(issue.id());
        if (served.isEmpty()) {
            return new IssueKeyResults(issue.key(), List.of());
        }
        List<Initiative> links = initiatives.forKeyResults(served.stream().map(KeyResult::id).toList());
        Map<Long, Objective> parents = byId(objectives.byIds(served.stream().map(KeyResult::objectiveId).distinct().toList()),
                Objective::id);
        List<Cycle> allCycles = cycles.all();
        Map<Long, Cycle> cycleById = byId(allCycles, Cycle::id);
        Map<Long, Tally> contributing = new HashMap<>();
        Map<Long, Boolean> issueContributes = new HashMap<>();
        for (Initiative link : links) {
            Tally tally = contributing.computeIfAbsent(link.keyResultId(), id -> new Tally());
            if (link.contributes()) {
                tally.add(link.statusCategory(), link.storyPoints());
            }
            if (link.issueId() == issue.id()) {
                issueContributes.put(link.keyResultId(), link.contributes());
            }
        }
        List<IssueKeyResults.Row> rows = new ArrayList<>();
        for (KeyResult keyResult : served) {
            Objective objective = parents.get(keyResult.objectiveId());
            if (objective == null || !guard.canView(user, objective)) {
                continue;
            }
            Cycle cycle = cycleById.get(objective.cycleId());
            double progress = keyResult.measure().progress(contributing.getOrDefault(keyResult.id(), new Tally()));
            Health health = Health.of(progress, Progress.expected(cycle, clock.today()), Progress.started(cycle, clock.today()));
            boolean canUnlink = cycle.state() != CycleState.CLOSED && guard.canWorkOn(user, keyResult, objective);
            rows.add(new IssueKeyResults.Row(keyResult, objective, cycle, projectKey(user, objective), progress, health,
                    issueContributes.getOrDefault(keyResult.id(), true), canUnlink));
        }
        rows.sort(Comparator.comparingInt((IssueKeyResults.Row row) -> allCycles.indexOf(row.cycle()))
                .thenComparingLong(row -> row.objective().id()));
        return new IssueKeyResults(issue.key(), rows);
    }

    /**
     * Key results the caller may link the issue to (DESIGN §8): of the issue's project and of the company, in the
     * cycles not closed, whose title contains {@code query} (any case), not already linked to it; at most
     * {@link #MAX_CANDIDATES}, the most recent cycle first.
     */
    public List<IssueKeyResults.Candidate> candidatesFor(String issueKey, String query) {
        UserRef user = guard.user();
        IssueFacts issue = visibleIssue(issueKey, user);
        Optional<ProjectRef> project = guard.browsableProject(user, issue.projectId());
        String needle = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        Set<Long> linked = initiatives.keyResultsLinkedTo(issue.id());
        List<Cycle> open = cycles.all().stream().filter(cycle -> cycle.state() != CycleState.CLOSED).toList();
        // Every open cycle's objectives and key results in two statements, however many cycles are open.
        List<Objective> candidates = objectives.inCycles(open.stream().map(Cycle::id).toList(),
                project.map(ProjectRef::id).orElse(null));
        Map<Long, List<KeyResult>> byObjective = keyResults.forObjectives(candidates.stream().map(Objective::id).toList())
                .stream().collect(Collectors.groupingBy(KeyResult::objectiveId));
        // Per cycle, the project's own objectives before the company's, each in its rank order (a stable sort).
        Map<Long, List<Objective>> byCycle = candidates.stream()
                .sorted(Comparator.comparing(Objective::isCompanyObjective))
                .collect(Collectors.groupingBy(Objective::cycleId));
        List<IssueKeyResults.Candidate> found = new ArrayList<>();
        for (Cycle cycle : open) {
            for (Objective objective : byCycle.getOrDefault(cycle.id(), List.of())) {
                for (KeyResult keyResult : byObjective.getOrDefault(objective.id(), List.of())) {
                    if (linked.contains(keyResult.id())
                            || !keyResult.title().toLowerCase(Locale.ROOT).contains(needle)
                            || !guard.canView(user, objective) || !guard.canWorkOn(user, keyResult, objective)) {
                        continue;
                    }
                    found.add(new IssueKeyResults.Candidate(keyResult, objective, cycle,
                            objective.isCompanyObjective() ? null : project.map(ProjectRef::key).orElse(null)));
                    if (found.size() == MAX_CANDIDATES) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** The issue as the caller sees it; unknown and hidden alike are a 404 that says nothing more. */
    private IssueFacts visibleIssue(String issueKey, UserRef user) {
        String key = issueKey == null ? "" : issueKey.trim().toUpperCase(Locale.ROOT);
        IssueFacts issue = key.isEmpty() ? null : issues.visibleByKeys(List.of(key), user).get(key);
        if (issue == null) {
            throw new NotFoundException("capokr.error.issue.notFound", issueKey);
        }
        return issue;
    }

    private String projectKey(UserRef user, Objective objective) {
        return objective.isCompanyObjective() ? null
                : guard.browsableProject(user, objective.projectId()).map(ProjectRef::key).orElse(null);
    }

    private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
