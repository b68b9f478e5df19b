package io.capokr.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.okr.KrAdjustment;
import io.capokr.okr.Review;
import io.capokr.okr.ReviewKind;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Reads and writes reviews (REVIEW) and the key-result adjustments they make (KR_ADJUSTMENT). */
public class ReviewStore {

    private final ActiveObjects ao;

    public ReviewStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** A project's reviews of a cycle (at most one of each kind), in one statement. */
    public List<Review> forProject(long cycleId, long projectId) {
        return map(ao.find(ReviewEntity.class, Query.select()
                .where(ReviewEntity.CYCLE_ID + " = ? AND " + ReviewEntity.PROJECT_ID + " = ?", cycleId, projectId)
                .order(ReviewEntity.ID + " ASC")));
    }

    /** Every project's reviews of a cycle, in one statement. */
    public List<Review> inCycle(long cycleId) {
        return map(ao.find(ReviewEntity.class, Query.select()
                .where(ReviewEntity.CYCLE_ID + " = ? AND " + ReviewEntity.PROJECT_ID + " IS NOT NULL", cycleId)
                .order(ReviewEntity.ID + " ASC")));
    }

    public Optional<Review> find(long cycleId, long projectId, ReviewKind kind) {
        return forProject(cycleId, projectId).stream().filter(review -> review.kind() == kind).findFirst();
    }

    /** A new review at version 1. */
    /** {@code userKey} and {@code now} null: a review opened by something else than a save (an adjustment). */
    public Review create(long cycleId, long projectId, ReviewKind kind, String whatWorked, String whatToChange,
                         String learnings, String userKey, Instant now) {
        ReviewEntity row = ao.create(ReviewEntity.class,
                new DBParam(ReviewEntity.CYCLE_ID, cycleId),
                new DBParam(ReviewEntity.PROJECT_ID, projectId),
                new DBParam(ReviewEntity.KIND, kind.name()),
                new DBParam(ReviewEntity.WHAT_WORKED, whatWorked),
                new DBParam(ReviewEntity.WHAT_TO_CHANGE, whatToChange),
                new DBParam(ReviewEntity.LEARNINGS, learnings),
                new DBParam(ReviewEntity.VERSION, 1),
                new DBParam(ReviewEntity.UPDATED_BY, userKey),
                new DBParam(ReviewEntity.UPDATED_AT, now == null ? null : now.toEpochMilli()));
        return toReview(Sql.whole(ao, ReviewEntity.class, row));
    }

    /** New texts unless someone saved since {@code expectedVersion}; empty when stale. */
    public Optional<Review> update(long id, String whatWorked, String whatToChange, String learnings,
                                   int expectedVersion, String userKey, Instant now) {
        ReviewEntity row = ao.get(ReviewEntity.class, (int) id);
        if (row == null || row.getVersion() != expectedVersion) {
            return Optional.empty();
        }
        row.setWhatWorked(whatWorked);
        row.setWhatToChange(whatToChange);
        row.setLearnings(learnings);
        row.setVersion(expectedVersion + 1);
        row.setUpdatedBy(userKey);
        row.setUpdatedAt(now.toEpochMilli());
        row.save();
        return Optional.of(toReview(row));
    }

    public KrAdjustment addAdjustment(long reviewId, long keyResultId, KrAdjustment.Field field, String oldValue,
                                      String newValue, String userKey, Instant now) {
        KrAdjustmentEntity row = ao.create(KrAdjustmentEntity.class,
                new DBParam(KrAdjustmentEntity.REVIEW_ID, reviewId),
                new DBParam(KrAdjustmentEntity.KEY_RESULT_ID, keyResultId),
                new DBParam(KrAdjustmentEntity.ADJUSTED_FIELD, field.name()),
                new DBParam(KrAdjustmentEntity.OLD_VALUE, oldValue),
                new DBParam(KrAdjustmentEntity.NEW_VALUE, newValue),
                new DBParam(KrAdjustmentEntity.ADJUSTED_BY, userKey),
                new DBParam(KrAdjustmentEntity.ADJUSTED_AT, now.toEpochMilli()));
        return toAdjustment(Sql.whole(ao, KrAdjustmentEntity.class, row));
    }

    /** The adjustments these reviews made, oldest first, in one statement. */
    public List<KrAdjustment> adjustmentsOf(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return mapAdjustments(ao.find(KrAdjustmentEntity.class, Query.select()
                .where(KrAdjustmentEntity.REVIEW_ID + " IN (" + Sql.placeholders(reviewIds.size()) + ")", Sql.params(reviewIds))
                .order(KrAdjustmentEntity.ADJUSTED_AT + " ASC, " + KrAdjustmentEntity.ID + " ASC")));
    }

    /** The adjustments made to one key result, oldest first. */
    public List<KrAdjustment> adjustmentsOfKeyResult(long keyResultId) {
        return mapAdjustments(ao.find(KrAdjustmentEntity.class, Query.select()
                .where(KrAdjustmentEntity.KEY_RESULT_ID + " = ?", keyResultId)
                .order(KrAdjustmentEntity.ADJUSTED_AT + " ASC, " + KrAdjustmentEntity.ID + " ASC")));
    }

    /** Deleting key results deletes the record of their adjustments. */
    public void deleteAdjustmentsOfKeyResults(Collection<Long> keyResultIds) {
        if (!keyResultIds.isEmpty()) {
            ao.deleteWithSQL(KrAdjustmentEntity.class, KrAdjustmentEntity.KEY_RESULT_ID + " IN ("
                    + Sql.placeholders(keyResultIds.size()) + ")", Sql.params(keyResultIds));
        }
    }

    private static List<Review> map(ReviewEntity[] rows) {
        return Arrays.stream(rows).map(ReviewStore::toReview).toList();
    }

    private static List<KrAdjustment> mapAdjustments(KrAdjustmentEntity[] rows) {
        return Arrays.stream(rows).map(ReviewStore::toAdjustment).toList();
    }

    private static Review toReview(ReviewEntity row) {
        return new Review(row.getID(), row.getCycleId(), row.getProjectId(), ReviewKind.valueOf(row.getKind()),
                row.getWhatWorked(), row.getWhatToChange(), row.getLearnings(), row.getVersion(), row.getUpdatedBy(),
                row.getUpdatedAt() == null ? null : Instant.ofEpochMilli(row.getUpdatedAt()));
    }

    private static KrAdjustment toAdjustment(KrAdjustmentEntity row) {
        return new KrAdjustment(row.getID(), row.getReviewId(), row.getKeyResultId(),
                KrAdjustment.Field.valueOf(row.getAdjustedField()), row.getOldValue(), row.getNewValue(),
                row.getAdjustedBy(), Instant.ofEpochMilli(row.getAdjustedAt()));
    }
}
