package io.capokr.aokit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Brings a database up to the app's schema the way Jira's Active Objects plugin does when the app starts: each
 * upgrade task whose model version is newer than the database's runs, in version order, with the version the
 * database is at; the database's version is recorded after each task, so a task that fails is tried again on the
 * next start and the ones before it are not; then the app's entities are migrated. Two tasks of one version are a
 * mistake in the app and stop the start, as in Jira.
 */
public final class Upgrades {

    private final LocalActiveObjects ao;

    public Upgrades(LocalActiveObjects ao) {
        this.ao = ao;
    }

    @SafeVarargs
    public final void run(List<ActiveObjectsUpgradeTask> tasks, Class<? extends RawEntity<?>>... entities) {
        ao.migrate(ModelVersionEntity.class);
        for (ActiveObjectsUpgradeTask task : inVersionOrder(tasks)) {
            ModelVersion current = current();
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                record(task.getModelVersion());
            }
        }
        ao.migrate(entities);
    }

    /** The version the database is at: "0" before any upgrade task ran. */
    public ModelVersion current() {
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, Query.select());
        return ModelVersion.valueOf(rows.length == 0 ? null : rows[0].getVersion());
    }

    private void record(ModelVersion version) {
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, Query.select());
        if (rows.length == 0) {
            ao.create(ModelVersionEntity.class, new DBParam("VERSION", version.toString()));
        } else {
            rows[0].setVersion(version.toString());
            rows[0].save();
        }
    }

    private static List<ActiveObjectsUpgradeTask> inVersionOrder(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getModelVersion().isSame(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException("Two upgrade tasks upgrade to model version " + sorted.get(i).getModelVersion()
                        + ": " + sorted.get(i - 1).getClass().getName() + " and " + sorted.get(i).getClass().getName());
            }
        }
        return sorted;
    }
}
