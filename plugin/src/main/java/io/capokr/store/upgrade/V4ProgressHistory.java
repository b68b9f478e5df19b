package io.capokr.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v4.ProgressSnapEntity;

/**
 * Model version 4: progress history, one PROGRESS_SNAP row per key result and day on which its progress changed,
 * written by the services in the same transaction as the change. The table starts empty: existing key results get
 * their first point at their next change of progress (history cannot be made up for the days before this version,
 * and a point "today" would claim a change that did not happen today).
 */
public class V4ProgressHistory implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ProgressSnapEntity.class);
    }
}
