package io.capokr.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.capokr.okr.CheckIn;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.UserRef;
import io.capokr.store.CheckInStore;
import io.capokr.store.GradeStore;

/**
 * What a project's OKRs of a cycle export to a spreadsheet: the project page's own read model (so the figures are the
 * page's, and only a project the caller may browse is exported), with each owner's and author's name, each key
 * result's grade, and the cycle's check-ins. Issues are only counted, never named, so an issue the caller cannot see
 * is never revealed.
 */
public class ExportService {

    /** Later than any check-in: the export of a cycle takes them all. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final ProjectOkrService projectOkrs;
    private final CheckInStore checkIns;
    private final GradeStore grades;
    private final PeopleService people;

    public ExportService(ProjectOkrService projectOkrs, CheckInStore checkIns, GradeStore grades, PeopleService people) {
        this.projectOkrs = projectOkrs;
        this.checkIns = checkIns;
        this.grades = grades;
        this.people = people;
    }

    /** One row per key result, in the page's order. */
    public KeyResultSheet keyResults(String projectKey, Long cycleId) {
        return keyResultsOf(projectOkrs.forProject(projectKey, cycleId));
    }

    /** The company's own key results, for anyone logged in: company objectives are site-wide. */
    public KeyResultSheet companyKeyResults(Long cycleId) {
        return keyResultsOf(projectOkrs.forCompany(cycleId));
    }

    public CheckInSheet checkIns(String projectKey, Long cycleId) {
        return checkInsOf(projectOkrs.forProject(projectKey, cycleId));
    }

    public CheckInSheet companyCheckIns(Long cycleId) {
        return checkInsOf(projectOkrs.forCompany(cycleId));
    }

    private KeyResultSheet keyResultsOf(ProjectOkrs okrs) {
        List<KeyResult> all = okrs.objectives().stream().flatMap(o -> o.keyResults().stream()).map(ProjectOkrs.KeyResultRow::keyResult).toList();
        Map<Long, Double> graded = new HashMap<>();
        grades.forKeyResults(all.stream().map(KeyResult::id).toList()).values().stream()
                .filter(grade -> grade.grade() != null).forEach(grade -> graded.put(grade.keyResultId(), grade.grade()));
        Map<String, UserRef> names = people.byKeys(all.stream().map(KeyResult::ownerKey).filter(Objects::nonNull).toList());
        return new KeyResultSheet(okrs, names, graded);
    }

    /** One row per check-in of the key results read, oldest first. */
    private CheckInSheet checkInsOf(ProjectOkrs okrs) {
        Map<Long, KeyResult> keyResults = new HashMap<>();
        Map<Long, Objective> objectiveOf = new HashMap<>();
        okrs.objectives().forEach(row -> row.keyResults().forEach(kr -> {
            keyResults.put(kr.keyResult().id(), kr.keyResult());
            objectiveOf.put(kr.keyResult().id(), row.objective());
        }));
        List<CheckIn> made = checkIns.ofProjectBefore(okrs.cycle().id(), okrs.project() == null ? null : okrs.project().id(),
                        END_OF_TIME).stream()
                .filter(checkIn -> keyResults.containsKey(checkIn.keyResultId()))
                .sorted(Comparator.comparing(CheckIn::at).thenComparing(CheckIn::id)).toList();
        Map<String, UserRef> names = people.byKeys(made.stream().map(CheckIn::authorKey).filter(Objects::nonNull).toList());
        return new CheckInSheet(okrs, made.stream().map(checkIn -> new CheckInSheet.Row(checkIn,
                keyResults.get(checkIn.keyResultId()), objectiveOf.get(checkIn.keyResultId()),
                names.getOrDefault(checkIn.authorKey(), new UserRef(checkIn.authorKey(), checkIn.authorKey())))).toList());
    }

    /** The project's key results as its page reads them, with owners' names and grades (absent: not graded). */
    public record KeyResultSheet(ProjectOkrs okrs, Map<String, UserRef> owners, Map<Long, Double> grades) {
    }

    public record CheckInSheet(ProjectOkrs okrs, List<Row> rows) {

        public record Row(CheckIn checkIn, KeyResult keyResult, Objective objective, UserRef author) {
        }
    }
}
