package io.capokr.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capokr.okr.Grade;
import io.capokr.okr.KeyResult;
import io.capokr.okr.ObjectiveGrade;
import io.capokr.store.GradeStore;
import io.capokr.store.InitiativeStore;

/**
 * Works out grades as the rituals read them: each key result's progress, the grade it suggests, and the grade and
 * reason given if any; each objective's grade from its key results ({@link ObjectiveGrade}). Two statements for
 * any number of key results. It checks no permission: its callers have.
 */
public class GradeBook {

    private final InitiativeStore initiatives;
    private final GradeStore grades;

    public GradeBook(InitiativeStore initiatives, GradeStore grades) {
        this.initiatives = initiatives;
        this.grades = grades;
    }

    /** A key result at grading time. {@code grade} null: not graded yet. */
    public record KeyResultGrade(KeyResult keyResult, double progress, Grade suggested, Double grade, String reason) {

        /** The grade that counts: the one given, else the suggested one. */
        public Grade effective() {
            return ObjectiveGrade.gradeOrSuggested(grade, progress);
        }
    }

    public Map<Long, KeyResultGrade> of(Collection<KeyResult> keyResults) {
        List<Long> ids = keyResults.stream().map(KeyResult::id).toList();
        Map<Long, InitiativeStore.Tallies> tallies = initiatives.talliesFor(ids);
        Map<Long, GradeStore.KeyResultGrade> given = grades.forKeyResults(ids);
        Map<Long, KeyResultGrade> book = new HashMap<>();
        for (KeyResult keyResult : keyResults) {
            double progress = keyResult.measure().progress(tallies.get(keyResult.id()).contributing());
            GradeStore.KeyResultGrade saved = given.get(keyResult.id());
            book.put(keyResult.id(), new KeyResultGrade(keyResult, progress, Grade.suggestedFor(progress),
                    saved == null ? null : saved.grade(), saved == null ? null : saved.reason()));
        }
        return book;
    }

    /** The objective's grade from its key results' (any order). */
    public static ObjectiveGrade objectiveGrade(List<KeyResultGrade> keyResults) {
        List<ObjectiveGrade.Part> parts = new ArrayList<>();
        keyResults.forEach(k -> parts.add(new ObjectiveGrade.Part(k.effective(), k.keyResult().weight())));
        return ObjectiveGrade.of(parts);
    }
}
