package io.capokr.aokit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.junit.After;
import org.junit.Test;

/** The upgrade sequence of Jira's AO plugin, as the sandbox and the tests run it. */
public class UpgradesTest {

    private final Database database = Database.inMemory("io.capokr.test");
    private final LocalActiveObjects ao = new LocalActiveObjects(database.entityManager());
    private final Upgrades upgrades = new Upgrades(ao);
    private final List<String> ran = new ArrayList<>();

    @After
    public void close() {
        database.close();
    }

    @Test
    public void tasksRunInVersionOrderEachWithTheVersionTheDatabaseIsAt() {
        upgrades.run(List.of(task("3"), task("1"), task("2")));

        assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), ran);
        assertEquals("3", upgrades.current().toString());
    }

    @Test
    public void aTaskRunsOnceAndOnlyNewerTasksRunLater() {
        upgrades.run(List.of(task("1")));
        upgrades.run(List.of(task("1"), task("2")));

        assertEquals(List.of("1 from 0", "2 from 1"), ran);
    }

    @Test
    public void aFailedTaskStopsTheSequenceAndIsTriedAgainNextTime() {
        ActiveObjectsUpgradeTask failing = new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("2");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                throw new IllegalStateException("disk full");
            }
        };

        assertThrows(IllegalStateException.class, () -> upgrades.run(List.of(task("1"), failing, task("3"))));
        assertEquals("1", upgrades.current().toString());

        upgrades.run(List.of(task("1"), task("2"), task("3")));
        assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), ran);
    }

    @Test
    public void twoTasksOfOneVersionStopTheStart() {
        assertThrows(IllegalStateException.class, () -> upgrades.run(List.of(task("1"), task("1"))));
        assertEquals(List.of(), ran);
    }

    private ActiveObjectsUpgradeTask task(String version) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                ran.add(version + " from " + currentVersion);
            }
        };
    }
}
