package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

/**
 * End-of-cycle grades: a key result's GRADE and GRADE_REASON, and its objective's GRADE. Kept apart from
 * {@link KeyResultStore} and the {@code KeyResult} value on purpose: a grade is read by the reviews and the
 * synthesis only, and only written by grading, so nothing else has to carry it.
 */
public class GradeStore {

    private final ActiveObjects ao;

    public GradeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** A key result's grade and why it differs from the suggested one; {@code grade} null: not graded yet. */
    public record KeyResultGrade(long keyResultId, Double grade, String reason) {
    }

    /** These key results' grades (unknown ids are left out), in one statement. */
    public Map<Long, KeyResultGrade> forKeyResults(Collection<Long> keyResultIds) {
        java.util.List<Long> rowIds = keyResultIds.stream().filter(Sql::isRowId).distinct().toList();
        if (rowIds.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(ao.find(KeyResultEntity.class, Query.select()
                        .where(KeyResultEntity.ID + " IN (" + Sql.placeholders(rowIds.size()) + ")", Sql.params(rowIds))))
                .map(row -> new KeyResultGrade(row.getID(), row.getGrade(), row.getGradeReason()))
                .collect(Collectors.toMap(KeyResultGrade::keyResultId, Function.identity()));
    }

    /**
     * Grades the key result unless someone saved it since {@code expectedVersion}: a grade is an edit of the key
     * result, so it moves its version on. Returns the new version, or empty when stale.
     */
    public Optional<Integer> grade(long keyResultId, double grade, String reason, int expectedVersion, Instant now) {
        KeyResultEntity row = ao.get(KeyResultEntity.class, (int) keyResultId);
        if (row == null || row.getVersion() != expectedVersion) {
            return Optional.empty();
        }
        row.setGrade(grade);
        row.setGradeReason(reason);
        row.setVersion(expectedVersion + 1);
        row.setUpdatedAt(now.toEpochMilli());
        row.save();
        return Optional.of(row.getVersion());
    }

    /**
     * Keeps the objective's grade, worked out from its key results'. Its version does not move: the grade follows
     * from the key results, and an edit of the objective's own fields should not be refused because of it.
     */
    public void gradeObjective(long objectiveId, double grade) {
        ObjectiveEntity row = ao.get(ObjectiveEntity.class, (int) objectiveId);
        if (row != null) {
            row.setGrade(grade);
            row.save();
        }
    }
}
