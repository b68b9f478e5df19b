package io.capokr.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v7.InitiativeEntity;

/**
 * Model version 7: KR_ISSUE.KEY_RESULT_ID loses the index it had alone. The unique (KEY_RESULT_ID, ISSUE_ID) index
 * begins with it, so the database finds a key result's links through that one, and every link written no longer
 * updates two indexes of the same column. No row changes.
 */
public class V7LinkIndexes implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InitiativeEntity.class);
    }
}
