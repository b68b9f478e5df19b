package io.capokr.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v1.CheckInEntity;
import io.capokr.store.upgrade.v1.CycleEntity;
import io.capokr.store.upgrade.v1.InitiativeEntity;
import io.capokr.store.upgrade.v1.KeyResultEntity;
import io.capokr.store.upgrade.v1.ObjectiveEntity;

/**
 * Model version 1: the schema Cap 0.1.0 created, frozen in {@code v1}. Cap 0.1.0 declared no upgrade task, so its
 * databases are at model version 0 with exactly this schema; naming it gives every later task a fixed starting
 * point. On such a database this finds the tables in place; on a new install it creates them, and the Active
 * Objects plugin then migrates them to the live entities, as it does after every upgrade.
 * <p>
 * The pattern for the next schema change: freeze the entities as they will be in {@code v2}, write {@code V2...}
 * that migrates them and moves the data (it runs before the live migration, on version-1 tables), declare it in
 * the descriptor's {@code <ao>} after this one, and extend {@code SchemaUpgradeTest} with rows of version 1.
 */
public class V1Baseline implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(CycleEntity.class, ObjectiveEntity.class, KeyResultEntity.class, InitiativeEntity.class,
                CheckInEntity.class);
    }
}
