package io.capokr.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.History;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.ProjectRef;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.ProgressSnapStore;

/**
 * A project's progress over a cycle, as its page's summary reads it (the mean of its objectives' progress, each objective
 * counting once), on each day one of its key results changed; and the company's chart, one line per company objective.
 * Three statements each, however many objectives, key results and days. An objective counts from its first point on, as
 * a key result does in an objective's history.
 */
public class ProjectChartService {

    private final Guard guard;
    private final Finder finder;
    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final ProgressSnapStore snaps;
    private final Clock clock;

    public ProjectChartService(Guard guard, Finder finder, ObjectiveStore objectives, KeyResultStore keyResults,
                               ProgressSnapStore snaps, Clock clock) {
        this.guard = guard;
        this.finder = finder;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.snaps = snaps;
        this.clock = clock;
    }

    public ProjectChart forProject(String projectKey, long cycleId) {
        ProjectRef project = guard.browsableProject(guard.user(), projectKey);
        Cycle cycle = finder.cycle(cycleId);
        List<Objective> inScope = objectives.inScope(cycle.id(), project.id());
        Map<Long, List<ProgressPoint>> ofObjectives = new HashMap<>();
        histories(inScope, snaps.forProjectInCycle(cycle.id(), project.id()))
                .forEach(series -> ofObjectives.put(series.objective().id(), series.points()));
        // Each objective counts once, as in the page's average: weights left out weigh 1.
        return new ProjectChart(project, cycle, clock.today(), History.ofObjective(ofObjectives, Map.of()));
    }

    /**
     * The company's own objectives of a cycle, each its own line (weighted progress on each day one of its key results
     * changed), in the company page's order: for anyone logged in, as the company page; three statements.
     */
    public CompanyChart forCompany(long cycleId) {
        guard.user();
        Cycle cycle = finder.cycle(cycleId);
        List<Objective> company = objectives.inScope(cycle.id(), null);
        return new CompanyChart(cycle, clock.today(), histories(company, snaps.forCompanyInCycle(cycle.id())));
    }

    /** Each objective's weighted history from its key results' points: one statement for the key results. */
    private List<ObjectiveSeries> histories(List<Objective> inScope, Map<Long, List<ProgressPoint>> points) {
        Map<Long, List<KeyResult>> byObjective = keyResults.forObjectives(inScope.stream().map(Objective::id).toList())
                .stream().collect(Collectors.groupingBy(KeyResult::objectiveId));
        return inScope.stream().map(objective -> {
            List<KeyResult> own = byObjective.getOrDefault(objective.id(), List.of());
            Map<Long, List<ProgressPoint>> ownPoints = new HashMap<>();
            own.forEach(kr -> ownPoints.put(kr.id(), points.getOrDefault(kr.id(), List.of())));
            return new ObjectiveSeries(objective, History.ofObjective(ownPoints,
                    own.stream().collect(Collectors.toMap(KeyResult::id, KeyResult::weight))));
        }).toList();
    }

    /** {@code points}: earliest day first. */
    public record ProjectChart(ProjectRef project, Cycle cycle, LocalDate today, List<ProgressPoint> points) {
    }

    /** One objective's line: {@code points} earliest day first. */
    public record ObjectiveSeries(Objective objective, List<ProgressPoint> points) {
    }

    /** {@code objectives}: in their rank order. */
    public record CompanyChart(Cycle cycle, LocalDate today, List<ObjectiveSeries> objectives) {
    }
}
