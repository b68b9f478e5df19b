package io.capokr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.capokr.host.Clock;
import io.capokr.okr.Calibration;
import io.capokr.okr.CalibrationWarning;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleRules;
import io.capokr.okr.CycleState;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.Progress;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.ProgressSnapStore;

/**
 * Builds {@link ProjectOkrs} with a fixed number of SQL statements, whatever the number of objectives,
 * key results or links: cycles, objectives, key results, the links' tallies (streamed), the progress history of
 * all the key results (for the calibration forecast) and the aligned company objectives, one statement each.
 * Progress comes from our copies of the issues' status.
 */
public class ProjectOkrService {

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final ProgressSnapStore snaps;
    private final Guard guard;
    private final Clock clock;

    public ProjectOkrService(CycleStore cycles, ObjectiveStore objectives, KeyResultStore keyResults,
                             InitiativeStore initiatives, ProgressSnapStore snaps, Guard guard, Clock clock) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.snaps = snaps;
        this.guard = guard;
        this.clock = clock;
    }

    /** {@code cycleId} null: the cycle the project is most likely working in ({@link CycleRules#shownByDefault}). */
    public ProjectOkrs forProject(String projectKey, Long cycleId) {
        UserRef user = guard.user();
        return read(user, guard.browsableProject(user, projectKey), cycleId);
    }

    /**
     * The company's own objectives of a cycle read the same way, for anyone logged in (they are site-wide), with
     * {@link ProjectOkrs#project()} null; they align to nothing.
     */
    public ProjectOkrs forCompany(Long cycleId) {
        return read(guard.user(), null, cycleId);
    }

    /** {@code project} null: the company's objectives. */
    private ProjectOkrs read(UserRef user, ProjectRef project, Long cycleId) {
        Long projectId = project == null ? null : project.id();
        List<Cycle> allCycles = cycles.all();
        LocalDate today = clock.today();
        Cycle cycle = cycleId == null
                ? CycleRules.shownByDefault(allCycles, today)
                        .orElseThrow(() -> new NotFoundException("capokr.error.cycle.none"))
                : allCycles.stream().filter(c -> c.id() == cycleId).findFirst()
                        .orElseThrow(() -> new NotFoundException("capokr.error.cycle.notFound", String.valueOf(cycleId)));
        double expected = Progress.expected(cycle, today);
        boolean started = Progress.started(cycle, today);
        // A closed cycle is read-only (Finder refuses every edit in it), so nobody is offered one.
        boolean open = cycle.state() != CycleState.CLOSED;

        List<Objective> inScope = objectives.inScope(cycle.id(), projectId);
        List<KeyResult> krs = keyResults.forObjectives(inScope.stream().map(Objective::id).toList());
        Map<Long, InitiativeStore.Tallies> tallies = initiatives.talliesOfObjectives(cycle.id(), projectId,
                krs.stream().map(KeyResult::id).toList());
        // Calibration is advice for work in progress: a closed cycle's key results can no longer follow it.
        // The company's rows are read for exports, which show no calibration: no history is read for them.
        Map<Long, List<ProgressPoint>> history = open && project != null
                ? snaps.forProjectInCycle(cycle.id(), project.id()) : Map.of();
        Map<Long, List<KeyResult>> byObjective = krs.stream().collect(Collectors.groupingBy(KeyResult::objectiveId));

        List<ProjectOkrs.ObjectiveRow> rows = new ArrayList<>();
        for (Objective objective : inScope) {
            List<ProjectOkrs.KeyResultRow> krRows = new ArrayList<>();
            List<Progress.Weighted> weighted = new ArrayList<>();
            List<KeyResult> ofObjective = byObjective.getOrDefault(objective.id(), List.of());
            for (KeyResult keyResult : ofObjective) {
                InitiativeStore.Tallies tally = tallies.get(keyResult.id());
                double progress = keyResult.measure().progress(tally.contributing());
                weighted.add(new Progress.Weighted(progress, keyResult.weight()));
                krRows.add(new ProjectOkrs.KeyResultRow(keyResult, progress, Health.of(progress, expected, started),
                        keyResult.confidence(), Progress.hasNoInitiatives(keyResult.measure(), tally.contributing()),
                        tally.all().done(), tally.all().inProgress(), tally.all().toDo(),
                        open && guard.canWorkOn(user, keyResult, objective), tally.contributing(),
                        open ? Calibration.ofKeyResult(keyResult, tally.contributing(), cycle, today,
                                history.getOrDefault(keyResult.id(), List.of())) : List.<CalibrationWarning>of()));
            }
            double progress = Progress.ofObjective(weighted);
            rows.add(new ProjectOkrs.ObjectiveRow(objective, progress, Health.of(progress, expected, started), krRows,
                    open && guard.canEditObjective(user, objective),
                    open ? Calibration.ofObjective(ofObjective.size()) : List.<CalibrationWarning>of()));
        }
        if (project == null) {
            return new ProjectOkrs(null, cycle, expected, rows, List.of(), inScope, false, clock.now(),
                    CycleRules.overlapping(cycle, allCycles));
        }
        Set<Long> parentIds = inScope.stream().map(Objective::parentId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Objective> company = objectives.inScope(cycle.id(), null);
        List<Objective> alignedTo = company.stream().filter(parent -> parentIds.contains(parent.id())).toList();
        return new ProjectOkrs(project, cycle, expected, rows, alignedTo, company, open && guard.canAdministerProject(user, project), clock.now(),
                CycleRules.overlapping(cycle, allCycles));
    }
}
