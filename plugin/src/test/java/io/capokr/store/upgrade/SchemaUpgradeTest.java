package io.capokr.store.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.capokr.aokit.Database;
import io.capokr.aokit.LocalActiveObjects;
import io.capokr.aokit.TestDatabase;
import io.capokr.aokit.Upgrades;
import io.capokr.okr.CheckIn;
import io.capokr.okr.Confidence;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.Initiative;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.StatusCategory;
import io.capokr.store.CheckInStore;
import io.capokr.store.CycleStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.ProgressSnapStore;
import io.capokr.store.upgrade.v1.CheckInEntity;
import io.capokr.store.upgrade.v1.CycleEntity;
import io.capokr.store.upgrade.v1.InitiativeEntity;
import io.capokr.store.upgrade.v1.KeyResultEntity;
import io.capokr.store.upgrade.v1.ObjectiveEntity;
import io.capokr.testing.Okr;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.w3c.dom.NodeList;

/**
 * A database of each older model version, with rows in every table, brought up to date by the upgrade tasks the
 * descriptor declares and AO's migration, as Jira's AO plugin does when the new jar is installed: every row is
 * still there, read back through today's stores. On H2, and on PostgreSQL in CI.
 */
@RunWith(Parameterized.class)
public class SchemaUpgradeTest {

    private static final String NAMESPACE = "io.capokr.jira";

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    private final Database database;
    private final LocalActiveObjects ao;

    public SchemaUpgradeTest(TestDatabase kind) {
        this.database = kind.open(NAMESPACE);
        this.ao = new LocalActiveObjects(database.entityManager());
    }

    @After
    public void close() {
        database.close();
    }

    @Test
    public void aVersionZeroDatabaseOfCap010KeepsEveryRow() throws Exception {
        // Cap 0.1.0: the version-1 schema, and no model version recorded. Columns as that schema names them.
        ao.migrate(CycleEntity.class, ObjectiveEntity.class, KeyResultEntity.class, InitiativeEntity.class, CheckInEntity.class);
        long cycle = ao.create(CycleEntity.class, new DBParam("NAME", "2027 Q1"), new DBParam("START_DATE", "2027-01-01"),
                new DBParam("END_DATE", "2027-03-31"), new DBParam("STATE", "ACTIVE"), new DBParam("CREATED_BY", "admin"),
                new DBParam("CREATED_AT", 1L)).getID();
        long objective = ao.create(ObjectiveEntity.class, new DBParam("CYCLE_ID", cycle), new DBParam("PROJECT_ID", 10000L),
                new DBParam("TITLE", "Grow"), new DBParam("DESCRIPTION", "Élan"), new DBParam("OWNER_KEY", "lead"),
                new DBParam("OBJECTIVE_TYPE", "COMMITTED"), new DBParam("SORT_ORDER", 0), new DBParam("VERSION", 3),
                new DBParam("CREATED_AT", 1L), new DBParam("UPDATED_AT", 2L)).getID();
        long keyResult = ao.create(KeyResultEntity.class, new DBParam("OBJECTIVE_ID", objective), new DBParam("TITLE", "Leads"),
                new DBParam("OWNER_KEY", "lead"), new DBParam("MEASURE_KIND", "METRIC"), new DBParam("START_VALUE", 0.0),
                new DBParam("TARGET_VALUE", 300.0), new DBParam("CURRENT_VALUE", 120.0), new DBParam("UNIT", "leads"),
                new DBParam("DIRECTION", "INCREASE"), new DBParam("WEIGHT", 2.0), new DBParam("SORT_ORDER", 0),
                new DBParam("CONFIDENCE", "AT_RISK"), new DBParam("VERSION", 5), new DBParam("CREATED_AT", 1L),
                new DBParam("UPDATED_AT", 2L)).getID();
        ao.create(InitiativeEntity.class, new DBParam("KEY_RESULT_ID", keyResult), new DBParam("ISSUE_ID", 10001L),
                new DBParam("ISSUE_KEY", "MKT-1"), new DBParam("CONTRIBUTES", true), new DBParam("STATUS_CATEGORY", "DONE"),
                new DBParam("STORY_POINTS", 3.0), new DBParam("LINKED_BY", "member"), new DBParam("LINKED_AT", 4L));
        ao.create(CheckInEntity.class, new DBParam("KEY_RESULT_ID", keyResult), new DBParam("AUTHOR_KEY", "member"),
                new DBParam("CREATED_AT", 5L), new DBParam("METRIC_VALUE", 120.0), new DBParam("PROGRESS", 0.4),
                new DBParam("CONFIDENCE", "AT_RISK"), new DBParam("NOTE", "Salon reporté"));
        ao.create(CheckInEntity.class, new DBParam("KEY_RESULT_ID", keyResult), new DBParam("AUTHOR_KEY", "lead"),
                new DBParam("CREATED_AT", 9L), new DBParam("METRIC_VALUE", 110.0), new DBParam("PROGRESS", 0.37),
                new DBParam("CONFIDENCE", "ON_TRACK"), new DBParam("NOTE", "Earlier, entered late"));
        long quiet = ao.create(KeyResultEntity.class, new DBParam("OBJECTIVE_ID", objective), new DBParam("TITLE", "Launch"),
                new DBParam("OWNER_KEY", "lead"), new DBParam("MEASURE_KIND", "MILESTONE"), new DBParam("MILESTONE_DONE", false),
                new DBParam("WEIGHT", 1.0), new DBParam("SORT_ORDER", 1), new DBParam("VERSION", 1),
                new DBParam("CREATED_AT", 1L), new DBParam("UPDATED_AT", 1L)).getID();

        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals("the newest task's version is recorded", latestVersion(), upgrades.current().toString());
        Cycle readCycle = new CycleStore(ao).all().get(0);
        assertEquals(List.of("2027 Q1", LocalDate.parse("2027-03-31"), 1),
                List.of(readCycle.name(), readCycle.endDate(), readCycle.version()));
        Objective readObjective = new ObjectiveStore(ao).byId(objective).orElseThrow();
        assertEquals(List.of("Grow", "Élan", 3, 10000L), List.of(readObjective.title(), readObjective.description(),
                readObjective.version(), readObjective.projectId()));
        KeyResult readKeyResult = new KeyResultStore(ao).byId(keyResult).orElseThrow();
        assertEquals(List.of("Leads", 2.0, Confidence.AT_RISK, 5), List.of(readKeyResult.title(), readKeyResult.weight(),
                readKeyResult.confidence(), readKeyResult.version()));
        assertEquals(0.4, readKeyResult.measure().progress(null), 1e-9);
        List<Initiative> links = new InitiativeStore(ao).forKeyResult(keyResult, 0, 10);
        assertEquals(List.of("MKT-1"), links.stream().map(Initiative::issueKey).toList());
        assertEquals(StatusCategory.DONE, links.get(0).statusCategory());
        List<CheckIn> checkIns = new CheckInStore(ao).forKeyResult(keyResult, 0, 10);
        assertEquals(List.of("Earlier, entered late", "Salon reporté"), checkIns.stream().map(CheckIn::note).toList());
        // Version 2: the newest check-in's time, kept on its key result; none for one never checked in.
        assertEquals(Instant.ofEpochMilli(9), readKeyResult.lastCheckInAt());
        assertEquals(null, new KeyResultStore(ao).byId(quiet).orElseThrow().lastCheckInAt());
    }

    @Test
    public void aVersionOneDatabaseRunsOnlyTheNewerTasks() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks().subList(0, 1), CycleEntity.class, ObjectiveEntity.class,
                KeyResultEntity.class, InitiativeEntity.class, CheckInEntity.class);
        assertEquals("1", upgrades.current().toString());
        long objective = ao.create(ObjectiveEntity.class, new DBParam("CYCLE_ID", 1L), new DBParam("TITLE", "Grow"),
                new DBParam("OWNER_KEY", "lead"), new DBParam("OBJECTIVE_TYPE", "COMMITTED"), new DBParam("SORT_ORDER", 0),
                new DBParam("VERSION", 1), new DBParam("CREATED_AT", 1L), new DBParam("UPDATED_AT", 1L)).getID();
        long keyResult = ao.create(KeyResultEntity.class, new DBParam("OBJECTIVE_ID", objective), new DBParam("TITLE", "Ship"),
                new DBParam("OWNER_KEY", "lead"), new DBParam("MEASURE_KIND", "ISSUES"), new DBParam("WEIGHTING", "COUNT"),
                new DBParam("WEIGHT", 1.0), new DBParam("SORT_ORDER", 0), new DBParam("VERSION", 1),
                new DBParam("CREATED_AT", 1L), new DBParam("UPDATED_AT", 1L)).getID();
        ao.create(CheckInEntity.class, new DBParam("KEY_RESULT_ID", keyResult), new DBParam("AUTHOR_KEY", "lead"),
                new DBParam("CREATED_AT", 42L), new DBParam("PROGRESS", 0.0), new DBParam("CONFIDENCE", "ON_TRACK"));

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        assertEquals(Instant.ofEpochMilli(42), new KeyResultStore(ao).byId(keyResult).orElseThrow().lastCheckInAt());
    }

    @Test
    public void aVersionTwoDatabaseKeepsItsCyclesAtVersionOneAndTheyCanBeEdited() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks().subList(0, 2), CycleEntity.class, ObjectiveEntity.class,
                io.capokr.store.upgrade.v2.KeyResultEntity.class, InitiativeEntity.class, CheckInEntity.class);
        assertEquals("2", upgrades.current().toString());
        for (String[] row : new String[][] {{"2026 Q4", "2026-10-01", "2026-12-31", "CLOSED"},
                {"2027 Q1", "2027-01-01", "2027-03-31", "ACTIVE"}, {"2027 Q2", "2027-04-01", "2027-06-30", "PLANNING"}}) {
            ao.create(CycleEntity.class, new DBParam("NAME", row[0]), new DBParam("START_DATE", row[1]),
                    new DBParam("END_DATE", row[2]), new DBParam("STATE", row[3]), new DBParam("CREATED_BY", "admin"),
                    new DBParam("CREATED_AT", 1L));
        }

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        CycleStore store = new CycleStore(ao);
        List<Cycle> cycles = store.all();
        assertEquals(List.of("2027 Q2", "2027 Q1", "2026 Q4"), cycles.stream().map(Cycle::name).toList());
        assertEquals(List.of(1, 1, 1), cycles.stream().map(Cycle::version).toList());
        Cycle q2 = cycles.get(0);
        assertEquals(2, store.update(q2.rescheduled("2027 Q2 bis", q2.startDate(), q2.endDate()), 1).orElseThrow().version());
        assertTrue(store.update(q2, 1).isEmpty());
        assertEquals(1, store.create(new CycleDraft("2027 Q3", "2027-07-01", null).toNewCycle(), "admin", Instant.EPOCH)
                .version());
    }

    @Test
    public void aVersionThreeDatabaseGetsAnEmptyProgressHistoryThatWorks() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks().subList(0, 3), io.capokr.store.upgrade.v3.CycleEntity.class,
                ObjectiveEntity.class, io.capokr.store.upgrade.v2.KeyResultEntity.class, InitiativeEntity.class,
                CheckInEntity.class);
        assertEquals("3", upgrades.current().toString());
        long keyResult = ao.create(io.capokr.store.upgrade.v2.KeyResultEntity.class, new DBParam("OBJECTIVE_ID", 1L),
                new DBParam("TITLE", "Leads"), new DBParam("OWNER_KEY", "lead"), new DBParam("MEASURE_KIND", "MILESTONE"),
                new DBParam("MILESTONE_DONE", true), new DBParam("WEIGHT", 1.0), new DBParam("SORT_ORDER", 0),
                new DBParam("VERSION", 1), new DBParam("CREATED_AT", 1L), new DBParam("UPDATED_AT", 1L)).getID();

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        // No point is made up for existing key results: their history starts at their next change of progress.
        ProgressSnapStore snaps = new ProgressSnapStore(ao);
        assertEquals(List.of(), snaps.forKeyResult(keyResult));
        snaps.add(keyResult, new ProgressPoint(LocalDate.parse("2027-01-05"), 1.0));
        assertEquals(List.of(new ProgressPoint(LocalDate.parse("2027-01-05"), 1.0)), snaps.forKeyResult(keyResult));
    }

    @Test
    public void aVersionFourDatabaseGetsTheRitualsTablesAndItsRowsReadAsBefore() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks().subList(0, 4), io.capokr.store.upgrade.v3.CycleEntity.class,
                ObjectiveEntity.class, io.capokr.store.upgrade.v2.KeyResultEntity.class, InitiativeEntity.class,
                CheckInEntity.class, io.capokr.store.upgrade.v4.ProgressSnapEntity.class);
        assertEquals("4", upgrades.current().toString());
        long keyResult = ao.create(io.capokr.store.upgrade.v2.KeyResultEntity.class, new DBParam("OBJECTIVE_ID", 1L),
                new DBParam("TITLE", "Leads"), new DBParam("OWNER_KEY", "lead"), new DBParam("MEASURE_KIND", "MILESTONE"),
                new DBParam("MILESTONE_DONE", false), new DBParam("WEIGHT", 1.0), new DBParam("SORT_ORDER", 0),
                new DBParam("VERSION", 4), new DBParam("CREATED_AT", 1L), new DBParam("UPDATED_AT", 1L)).getID();
        ao.create(CheckInEntity.class, new DBParam("KEY_RESULT_ID", keyResult), new DBParam("AUTHOR_KEY", "lead"),
                new DBParam("CREATED_AT", 42L), new DBParam("PROGRESS", 0.0), new DBParam("CONFIDENCE", "AT_RISK"),
                new DBParam("NOTE", "Waiting on legal"));

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        // The new columns are empty on existing rows, which reads as "not graded, not carried over, no blocker".
        io.capokr.store.KeyResultEntity upgraded = ao.get(io.capokr.store.KeyResultEntity.class, (int) keyResult);
        assertEquals(Arrays.asList(null, null, null, null), Arrays.asList(upgraded.getGrade(), upgraded.getGradeReason(),
                upgraded.getCarriedFromId(), upgraded.getCloseOutcome()));
        assertEquals(4, new KeyResultStore(ao).byId(keyResult).orElseThrow().version());
        List<CheckIn> checkIns = new CheckInStore(ao).forKeyResult(keyResult, 0, 10);
        assertEquals(List.of("Waiting on legal"), checkIns.stream().map(CheckIn::note).toList());
        // The new tables take rows.
        long plan = ao.create(io.capokr.store.PlanEntity.class, new DBParam("CYCLE_ID", 1L), new DBParam("PROJECT_ID", 10000L),
                new DBParam("VERSION", 1)).getID();
        ao.create(io.capokr.store.PlanPriorityEntity.class, new DBParam("PLAN_ID", plan), new DBParam("SORT_ORDER", 0),
                new DBParam("TITLE", "Win back churned accounts"));
        assertEquals(1, ao.count(io.capokr.store.PlanPriorityEntity.class));
    }

    @Test
    public void aVersionFiveDatabaseKeepsItsLinksWithNoTimeDone() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks().subList(0, 5), io.capokr.store.upgrade.v3.CycleEntity.class,
                io.capokr.store.upgrade.v5.ObjectiveEntity.class, io.capokr.store.upgrade.v5.KeyResultEntity.class,
                InitiativeEntity.class, io.capokr.store.upgrade.v5.CheckInEntity.class,
                io.capokr.store.upgrade.v4.ProgressSnapEntity.class);
        assertEquals("5", upgrades.current().toString());
        ao.create(InitiativeEntity.class, new DBParam("KEY_RESULT_ID", 7L), new DBParam("ISSUE_ID", 10001L),
                new DBParam("ISSUE_KEY", "MKT-1"), new DBParam("CONTRIBUTES", true), new DBParam("STATUS_CATEGORY", "DONE"),
                new DBParam("LINKED_BY", "member"), new DBParam("LINKED_AT", 4L));

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        // When an existing link's issue became done was never recorded: it stays unknown rather than made up.
        InitiativeStore links = new InitiativeStore(ao);
        assertEquals(List.of("MKT-1"), links.forKeyResult(7, 0, 10).stream().map(Initiative::issueKey).toList());
        assertEquals(null, ao.find(io.capokr.store.InitiativeEntity.class, net.java.ao.Query.select())[0].getDoneAt());
    }

    @Test
    public void aVersionSixDatabaseKeepsOneIndexStartingWithTheLinksKeyResultAndEveryLink() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks().subList(0, 6), io.capokr.store.upgrade.v3.CycleEntity.class,
                io.capokr.store.upgrade.v5.ObjectiveEntity.class, io.capokr.store.upgrade.v5.KeyResultEntity.class,
                io.capokr.store.upgrade.v6.InitiativeEntity.class, io.capokr.store.upgrade.v5.CheckInEntity.class,
                io.capokr.store.upgrade.v4.ProgressSnapEntity.class);
        assertEquals("6", upgrades.current().toString());
        ao.create(io.capokr.store.upgrade.v6.InitiativeEntity.class, new DBParam("KEY_RESULT_ID", 7L),
                new DBParam("ISSUE_ID", 10001L), new DBParam("ISSUE_KEY", "MKT-1"), new DBParam("CONTRIBUTES", true),
                new DBParam("STATUS_CATEGORY", "DONE"), new DBParam("LINKED_BY", "member"), new DBParam("LINKED_AT", 4L));
        assertTrue("version 6 indexes the key result twice: " + linkIndexes(),
                linkIndexes().contains(List.of("KEY_RESULT_ID")));

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        List<List<String>> indexes = linkIndexes();
        assertTrue(indexes.toString(), !indexes.contains(List.of("KEY_RESULT_ID")));
        assertTrue(indexes.toString(), indexes.contains(List.of("KEY_RESULT_ID", "ISSUE_ID")));
        assertTrue(indexes.toString(), indexes.contains(List.of("ISSUE_ID")));
        assertEquals(List.of("MKT-1"), new InitiativeStore(ao).forKeyResult(7, 0, 10).stream().map(Initiative::issueKey).toList());
    }

    /** The columns of each index on the link table, as the database reports them. */
    private List<List<String>> linkIndexes() throws Exception {
        String table = new io.capokr.aokit.JiraTablePrefix(NAMESPACE).prepend("KR_ISSUE");
        java.util.Map<String, java.util.TreeMap<Integer, String>> columns = new java.util.TreeMap<>();
        try (java.sql.Connection connection = database.independentConnections().getConnection();
             java.sql.ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false, false)) {
            while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null
                        && !rows.getString("COLUMN_NAME").equalsIgnoreCase("ID")) {
                    columns.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new java.util.TreeMap<>())
                            .put(rows.getInt("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        assertTrue("the link table " + table + " has indexes", !columns.isEmpty());
        return columns.values().stream().map(byPosition -> List.copyOf(byPosition.values())).toList();
    }

    @Test
    public void aNewInstallRunsTheTasksOnAnEmptyDatabaseAndWorks() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(latestVersion(), upgrades.current().toString());
        new CycleStore(ao).create(new CycleDraft("2027 Q2", "2027-04-01", null).toNewCycle(), "admin", Instant.EPOCH);
        assertEquals(1, new CycleStore(ao).all().size());
    }

    @Test
    public void anUpToDateDatabaseRunsNoTaskAgain() throws Exception {
        Upgrades upgrades = new Upgrades(ao);
        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);
        new CycleStore(ao).create(new CycleDraft("2027 Q2", "2027-04-01", null).toNewCycle(), "admin", Instant.EPOCH);

        upgrades.run(descriptorUpgradeTasks(), Okr.ENTITIES);

        assertEquals(1, new CycleStore(ao).all().size());
    }

    /** The upgrade tasks of the descriptor's {@code <ao>} module, made as the AO plugin makes them. */
    private static List<ActiveObjectsUpgradeTask> descriptorUpgradeTasks() throws Exception {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        try (InputStream in = SchemaUpgradeTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            NodeList names = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("upgradeTask");
            for (int i = 0; i < names.getLength(); i++) {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(names.item(i).getTextContent().trim())
                        .getConstructor().newInstance());
            }
        }
        assertTrue("the descriptor declares upgrade tasks", !tasks.isEmpty());
        return tasks;
    }

    private static String latestVersion() throws Exception {
        return descriptorUpgradeTasks().stream().map(ActiveObjectsUpgradeTask::getModelVersion).max(Comparable::compareTo)
                .orElseThrow().toString();
    }
}
