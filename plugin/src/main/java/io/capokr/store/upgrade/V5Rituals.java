package io.capokr.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v5.CheckInEntity;
import io.capokr.store.upgrade.v5.KeyResultEntity;
import io.capokr.store.upgrade.v5.KrAdjustmentEntity;
import io.capokr.store.upgrade.v5.MeetingItemEntity;
import io.capokr.store.upgrade.v5.ObjectiveEntity;
import io.capokr.store.upgrade.v5.PlanEntity;
import io.capokr.store.upgrade.v5.PlanPriorityEntity;
import io.capokr.store.upgrade.v5.ReviewEntity;

/**
 * Model version 5: the cycle's rituals. New tables for the preparation plan (PLAN, PLAN_PRIORITY), the weekly
 * meeting's decisions and actions (MEETING_ITEM), reviews (REVIEW) and the key-result adjustments they make
 * (KR_ADJUSTMENT); new nullable columns for a check-in's blocker flag, a key result's grade and close outcome, and
 * the link from a carried-over key result or objective back to its original. Every new column is nullable and
 * null means what existing rows were before (no blocker, not graded, not carried over), so no row needs writing.
 */
public class V5Rituals implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(CheckInEntity.class, KeyResultEntity.class, ObjectiveEntity.class, PlanEntity.class,
                PlanPriorityEntity.class, MeetingItemEntity.class, ReviewEntity.class, KrAdjustmentEntity.class);
    }
}
