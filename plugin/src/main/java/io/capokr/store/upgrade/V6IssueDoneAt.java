package io.capokr.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v6.InitiativeEntity;

/**
 * Model version 6: each link keeps when its issue was seen moving into a Done status (KR_ISSUE.DONE_AT), so the
 * weekly meeting can list the issues done during a week. The column is nullable and starts empty: for the links
 * that exist, when their issue became done was never recorded, and making it up would put it in the wrong week.
 */
public class V6IssueDoneAt implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InitiativeEntity.class);
    }
}
