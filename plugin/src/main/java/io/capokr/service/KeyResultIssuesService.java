package io.capokr.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResultIssuesQuery;
import io.capokr.okr.KeyResultIssuesQuery.OfCycle;
import io.capokr.okr.KeyResultIssuesQuery.OfKeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.ObjectiveStore;

/**
 * The answer of the JQL function {@code keyResultIssues()} (and of the sandbox's sample search): the ids of the issues
 * linked to a key result, to every key result of a cycle, or to those of one project's objectives in a cycle; only of
 * key results the caller may see (DESIGN §8: projects they browse, company objectives for anyone logged in).
 * <p>
 * It answers with issue ids, never with issues: whether the caller may see each issue (its project, its security
 * level) is the search's business, as Jira's search applies issue security to whatever a function returns. Bad
 * arguments are refusals (400, a JQL error), never an empty answer: a misspelt cycle must not look like an empty one.
 * A key result the caller may not see is "unknown", as an unknown id is, so that nobody learns which ids exist.
 * <p>
 * At most three statements, whatever the number of key results: the key result and its objective (or the cycles and
 * the cycle's objectives), then the links, read in one statement joined to the key results.
 */
public class KeyResultIssuesService {

    public static final String UNKNOWN_KEY_RESULT = "capokr.jql.error.keyResult.unknown";
    public static final String UNKNOWN_CYCLE = "capokr.jql.error.cycle.unknown";
    public static final String UNKNOWN_PROJECT = "capokr.jql.error.project.unknown";

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final InitiativeStore initiatives;
    private final Finder finder;
    private final Guard guard;

    public KeyResultIssuesService(CycleStore cycles, ObjectiveStore objectives, InitiativeStore initiatives,
                                  Finder finder, Guard guard) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.initiatives = initiatives;
        this.finder = finder;
        this.guard = guard;
    }

    /** Checks the arguments as {@link #issueIds} would read them, without reading any link. */
    public void validate(List<String> arguments) {
        UserRef user = guard.user();
        select(user, parse(arguments));
    }

    /** The ids of the issues linked to the key results the arguments name and the caller may see, in id order. */
    public Set<Long> issueIds(List<String> arguments) {
        UserRef user = guard.user();
        Selection selection = select(user, parse(arguments));
        return selection.keyResultId() != null
                ? initiatives.issueIdsOfKeyResult(selection.keyResultId())
                : initiatives.issueIdsOfObjectives(selection.objectiveIds());
    }

    /** Either one key result or the objectives of a cycle (every key result of each). */
    private record Selection(Long keyResultId, List<Long> objectiveIds) {
    }

    private static KeyResultIssuesQuery parse(List<String> arguments) {
        KeyResultIssuesQuery.Parsed parsed = KeyResultIssuesQuery.parse(arguments);
        if (parsed.problem() != null) {
            throw new ValidationException(parsed.problem().messageKey(), parsed.problem().arguments().toArray());
        }
        return parsed.query();
    }

    private Selection select(UserRef user, KeyResultIssuesQuery query) {
        if (query instanceof OfKeyResult ofKeyResult) {
            return new Selection(visibleKeyResult(user, ofKeyResult), null);
        }
        return new Selection(null, visibleObjectives(user, (OfCycle) query));
    }

    private long visibleKeyResult(UserRef user, OfKeyResult query) {
        long id = query.id().orElseThrow(() -> new ValidationException(UNKNOWN_KEY_RESULT, query.text()));
        try {
            return finder.keyResultToView(id, user).id();
        } catch (NotFoundException unknownOrHidden) {
            throw new ValidationException(UNKNOWN_KEY_RESULT, query.text());
        }
    }

    private List<Long> visibleObjectives(UserRef user, OfCycle query) {
        // Cycle names are unique ignoring case (CycleRules), as JQL values are matched.
        Cycle cycle = cycles.all().stream().filter(c -> c.name().equalsIgnoreCase(query.cycleName())).findFirst()
                .orElseThrow(() -> new ValidationException(UNKNOWN_CYCLE, query.cycleName()));
        List<Objective> inScope;
        if (query.projectKey() == null) {
            inScope = objectives.inCycle(cycle.id());
        } else {
            inScope = objectives.inScope(cycle.id(), project(user, query.projectKey()).id());
        }
        // One permission question per project, however many objectives it has.
        Map<Long, Boolean> browsable = new HashMap<>();
        return inScope.stream()
                .filter(o -> o.isCompanyObjective() || browsable.computeIfAbsent(o.projectId(),
                        projectId -> guard.browsableProject(user, projectId).isPresent()))
                .map(Objective::id).toList();
    }

    /** Jira matches project keys ignoring case in JQL; one the caller cannot browse is as unknown as a missing one. */
    private ProjectRef project(UserRef user, String projectKey) {
        try {
            return guard.browsableProject(user, projectKey.toUpperCase(Locale.ROOT));
        } catch (NotFoundException unknownOrHidden) {
            throw new ValidationException(UNKNOWN_PROJECT, projectKey);
        }
    }
}
