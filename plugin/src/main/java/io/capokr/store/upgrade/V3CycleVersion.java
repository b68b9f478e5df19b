package io.capokr.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v3.CycleEntity;
import net.java.ao.Query;

/**
 * Model version 3: cycles are edited (name, dates, state), so each carries a {@code VERSION} for optimistic
 * locking, as objectives and key results do. The column is NOT NULL with a default of 1, which the database
 * gives every existing row as the column is added; the loop below makes sure of it on a database that did not.
 */
public class V3CycleVersion implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(CycleEntity.class);
        // Column names as version 3 spells them: a task is history, and keeps working whatever the live names become.
        for (CycleEntity cycle : ao.find(CycleEntity.class, Query.select("ID, VERSION").where("VERSION IS NULL"))) {
            cycle.setVersion(1);
            cycle.save();
        }
    }
}
