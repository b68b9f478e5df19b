package io.capokr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.capokr.host.Clock;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleRules;
import io.capokr.okr.CycleState;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.Progress;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.CycleStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;

/**
 * Builds {@link CompanyOkrs} with a fixed number of SQL statements, whatever the number of objectives, key results,
 * links or projects: cycles, the cycle's objectives (company and projects' alike), their key results and the links'
 * tallies (streamed), one statement each. Which projects the reader may browse is asked of the host once per project,
 * never per objective; objectives of the other projects are dropped before anything is counted.
 */
public class CompanyOkrService {

    private final CycleStore cycles;
    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final Guard guard;
    private final Clock clock;

    public CompanyOkrService(CycleStore cycles, ObjectiveStore objectives, KeyResultStore keyResults,
                             InitiativeStore initiatives, Guard guard, Clock clock) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Any logged-in user. {@code cycleId} null: the cycle shown by default ({@link CycleRules#shownByDefault});
     * an unknown one is "not found". With no cycle at all, the answer has none and is otherwise empty.
     */
    public CompanyOkrs forCycle(Long cycleId) {
        return build(cycleId, true);
    }

    /** The same, but a cycle that does not exist (a stale link, a hand-edited URL) shows the default one. */
    public CompanyOkrs forCycleOrDefault(Long cycleId) {
        return build(cycleId, false);
    }

    private CompanyOkrs build(Long cycleId, boolean strict) {
        UserRef user = guard.user();
        boolean canEdit = guard.isAdministrator(user);
        List<Cycle> allCycles = cycles.all();
        LocalDate today = clock.today();
        Optional<Cycle> asked = cycleId == null ? Optional.empty()
                : allCycles.stream().filter(c -> c.id() == cycleId).findFirst();
        if (asked.isEmpty() && cycleId != null && strict) {
            throw new NotFoundException("capokr.error.cycle.notFound", String.valueOf(cycleId));
        }
        Optional<Cycle> shown = asked.or(() -> CycleRules.shownByDefault(allCycles, today));
        if (shown.isEmpty()) {
            return new CompanyOkrs(allCycles, null, 0, List.of(), List.of(), canEdit, clock.now());
        }
        Cycle cycle = shown.get();
        double expected = Progress.expected(cycle, today);
        boolean started = Progress.started(cycle, today);

        Map<Long, Optional<ProjectRef>> browsable = new HashMap<>();
        List<Objective> visible = objectives.inCycle(cycle.id()).stream()
                .filter(o -> o.isCompanyObjective() || browsable.computeIfAbsent(o.projectId(),
                        id -> guard.browsableProject(user, id)).isPresent())
                .toList();
        List<KeyResult> krs = keyResults.forObjectives(visible.stream().map(Objective::id).toList());
        // Joined by the cycle, not a list of every visible key result's id; links of hidden ones are read and dropped.
        Map<Long, InitiativeStore.Tallies> tallies = initiatives.talliesOfCycle(cycle.id(), krs.stream().map(KeyResult::id).toList());
        Map<Long, List<KeyResult>> byObjective = krs.stream().collect(Collectors.groupingBy(KeyResult::objectiveId));

        Map<Long, CompanyOkrs.ObjectiveProgress> progress = new HashMap<>();
        for (Objective objective : visible) {
            List<Progress.Weighted> weighted = byObjective.getOrDefault(objective.id(), List.of()).stream()
                    .map(kr -> new Progress.Weighted(kr.measure().progress(
                            tallies.get(kr.id()).contributing()), kr.weight()))
                    .toList();
            double p = Progress.ofObjective(weighted);
            progress.put(objective.id(), new CompanyOkrs.ObjectiveProgress(objective, p, Health.of(p, expected, started)));
        }

        Comparator<ProjectRef> byName = Comparator.comparing((ProjectRef p) -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(ProjectRef::key);
        List<CompanyOkrs.CompanyObjectiveRow> rows = new ArrayList<>();
        for (Objective company : visible.stream().filter(Objective::isCompanyObjective).toList()) {
            Map<ProjectRef, List<CompanyOkrs.ObjectiveProgress>> aligned = new LinkedHashMap<>();
            visible.stream()
                    .filter(o -> !o.isCompanyObjective() && Long.valueOf(company.id()).equals(o.parentId()))
                    .forEach(o -> aligned.computeIfAbsent(browsable.get(o.projectId()).orElseThrow(), p -> new ArrayList<>())
                            .add(progress.get(o.id())));
            List<CompanyOkrs.AlignedGroup> groups = aligned.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(byName))
                    .map(e -> new CompanyOkrs.AlignedGroup(e.getKey(), e.getValue())).toList();
            CompanyOkrs.ObjectiveProgress own = progress.get(company.id());
            rows.add(new CompanyOkrs.CompanyObjectiveRow(company, own.progress(), own.health(),
                    byObjective.getOrDefault(company.id(), List.of()).size(), groups));
        }

        Map<ProjectRef, List<CompanyOkrs.ObjectiveProgress>> perProject = new LinkedHashMap<>();
        visible.stream().filter(o -> !o.isCompanyObjective())
                .forEach(o -> perProject.computeIfAbsent(browsable.get(o.projectId()).orElseThrow(), p -> new ArrayList<>())
                        .add(progress.get(o.id())));
        List<CompanyOkrs.ProjectRow> projects = perProject.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(byName))
                .map(e -> {
                    double average = Progress.ofObjective(e.getValue().stream()
                            .map(o -> new Progress.Weighted(o.progress(), 1)).toList());
                    return new CompanyOkrs.ProjectRow(e.getKey(), e.getValue().size(), average,
                            Health.of(average, expected, started));
                }).toList();
        // A closed cycle is read-only, so nobody is offered to edit its company objectives.
        return new CompanyOkrs(allCycles, cycle, expected, rows, projects, canEdit && cycle.state() != CycleState.CLOSED,
                clock.now());
    }
}
