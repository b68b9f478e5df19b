package io.capokr.store.upgrade;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.capokr.store.upgrade.v1.CheckInEntity;
import io.capokr.store.upgrade.v2.KeyResultEntity;
import net.java.ao.Query;

/**
 * Model version 2: each key result keeps when its latest check-in was recorded ({@code LAST_CHECK_IN_AT}), so the
 * project page can say "3 days ago" without reading every check-in. Key results checked in before this version get
 * the time of their newest check-in; the others stay empty ("no check-in yet").
 */
public class V2LastCheckIn implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(KeyResultEntity.class, CheckInEntity.class);
        Map<Long, Long> newest = new HashMap<>();
        // Column names as version 1 spelled them: a task is history, and keeps working whatever the live names become.
        ao.stream(CheckInEntity.class, Query.select("ID, KEY_RESULT_ID, CREATED_AT"),
                checkIn -> newest.merge(checkIn.getKeyResultId(), checkIn.getCreatedAt(), Math::max));
        for (Map.Entry<Long, Long> entry : newest.entrySet()) {
            KeyResultEntity keyResult = ao.get(KeyResultEntity.class, entry.getKey().intValue());
            if (keyResult != null) {
                keyResult.setLastCheckInAt(entry.getValue());
                keyResult.save();
            }
        }
    }
}
