package io.capokr.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveGrade;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.Review;
import io.capokr.okr.ReviewKind;
import io.capokr.okr.UserRef;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.ReviewStore;

/**
 * The end-of-cycle synthesis, for a project and for the company. Grades are worked out on every read from the key
 * results' (given, else suggested), so the synthesis is right even before anyone grades and whatever was graded
 * meanwhile. A constant number of statements whatever the number of objectives, key results or projects: the
 * cycle, its objectives, their key results, the links' tallies, the grades and the reviews (and their adjustments),
 * one statement each.
 */
public class SynthesisService {

    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final GradeBook book;
    private final ReviewStore reviews;
    private final Finder finder;
    private final Guard guard;
    private final RitualRights rights;

    public SynthesisService(ObjectiveStore objectives, KeyResultStore keyResults, GradeBook book, ReviewStore reviews,
                            Finder finder, Guard guard, RitualRights rights) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.book = book;
        this.reviews = reviews;
        this.finder = finder;
        this.guard = guard;
        this.rights = rights;
    }

    /** Whoever may browse the project reads it. {@code cycleId} is required (a 400 naming it otherwise). */
    public ProjectSynthesis forProject(String projectKey, Long cycleId) {
        UserRef user = guard.user();
        ProjectRef project = guard.browsableProject(user, projectKey);
        Cycle cycle = finder.cycleInBody(cycleId);
        List<Objective> own = objectives.inScope(cycle.id(), project.id());
        List<KeyResult> krs = keyResults.forObjectives(own.stream().map(Objective::id).toList());
        Map<Long, GradeBook.KeyResultGrade> graded = book.of(krs);
        Map<Long, List<GradeBook.KeyResultGrade>> byObjective = byObjective(krs, graded);
        List<ProjectSynthesis.ObjectiveRow> rows = new ArrayList<>();
        for (Objective objective : own) {
            List<GradeBook.KeyResultGrade> parts = byObjective.getOrDefault(objective.id(), List.of());
            ObjectiveGrade grade = GradeBook.objectiveGrade(parts);
            rows.add(new ProjectSynthesis.ObjectiveRow(objective, grade, grade.isMiss(objective.type()), parts));
        }
        List<Review> saved = reviews.forProject(cycle.id(), project.id());
        Optional<Review> mid = kind(saved, ReviewKind.MID_CYCLE);
        List<KrAdjustment> adjustments = mid.map(r -> reviews.adjustmentsOf(List.of(r.id()))).orElse(List.of());
        return new ProjectSynthesis(project, cycle, rights.mayRun(user, project, own, krs), rows,
                kind(saved, ReviewKind.END_OF_CYCLE), mid, adjustments);
    }

    /**
     * Company objectives are anyone's to read; a project appears only to readers who may browse it, and only if it
     * has objectives in the cycle.
     */
    public CompanySynthesis forCompany(Long cycleId) {
        UserRef user = guard.user();
        Cycle cycle = finder.cycleInBody(cycleId);
        Map<Long, Optional<ProjectRef>> browsable = new HashMap<>();
        List<Objective> visible = objectives.inCycle(cycle.id()).stream()
                .filter(o -> o.isCompanyObjective() || browsable.computeIfAbsent(o.projectId(),
                        id -> guard.browsableProject(user, id)).isPresent())
                .toList();
        List<KeyResult> krs = keyResults.forObjectives(visible.stream().map(Objective::id).toList());
        Map<Long, List<GradeBook.KeyResultGrade>> byObjective = byObjective(krs, book.of(krs));
        Map<Long, ObjectiveGrade> grades = new HashMap<>();
        visible.forEach(o -> grades.put(o.id(), GradeBook.objectiveGrade(byObjective.getOrDefault(o.id(), List.of()))));

        List<CompanySynthesis.ObjectiveRow> company = visible.stream().filter(Objective::isCompanyObjective)
                .map(o -> new CompanySynthesis.ObjectiveRow(o, grades.get(o.id()), grades.get(o.id()).isMiss(o.type())))
                .toList();
        Map<Long, String> learnings = reviews.inCycle(cycle.id()).stream()
                .filter(r -> r.kind() == ReviewKind.END_OF_CYCLE)
                .collect(Collectors.toMap(Review::projectId, Review::learnings, (first, second) -> first));
        Map<ProjectRef, List<Objective>> perProject = new LinkedHashMap<>();
        visible.stream().filter(o -> !o.isCompanyObjective())
                .forEach(o -> perProject.computeIfAbsent(browsable.get(o.projectId()).orElseThrow(), p -> new ArrayList<>()).add(o));
        List<CompanySynthesis.ProjectRow> projects = perProject.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((ProjectRef p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(ProjectRef::key)))
                .map(e -> {
                    List<Objective> list = e.getValue();
                    double mean = list.stream().mapToDouble(o -> grades.get(o.id()).value()).average().orElse(0);
                    int misses = (int) list.stream().filter(o -> grades.get(o.id()).isMiss(o.type())).count();
                    return new CompanySynthesis.ProjectRow(e.getKey(), list.size(), new ObjectiveGrade(mean), misses,
                            learnings.getOrDefault(e.getKey().id(), ""));
                }).toList();
        return new CompanySynthesis(cycle, company, projects);
    }

    private static Map<Long, List<GradeBook.KeyResultGrade>> byObjective(List<KeyResult> krs,
                                                                       Map<Long, GradeBook.KeyResultGrade> graded) {
        Map<Long, List<GradeBook.KeyResultGrade>> byObjective = new HashMap<>();
        krs.forEach(k -> byObjective.computeIfAbsent(k.objectiveId(), id -> new ArrayList<>()).add(graded.get(k.id())));
        return byObjective;
    }

    private static Optional<Review> kind(List<Review> saved, ReviewKind kind) {
        return saved.stream().filter(r -> r.kind() == kind).findFirst();
    }

}
