package io.capokr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.capokr.aokit.ActiveObjectsRule;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** CYCLE on a real database: H2, or PostgreSQL when CAPOKR_TEST_DB is set. */
@RunWith(Parameterized.class)
public class CycleStoreTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }


    @Rule
    public final ActiveObjectsRule ao;

    public CycleStoreTest(TestDatabase database) {
        this.ao = new ActiveObjectsRule(database, "io.capokr.jira", CycleEntity.class);
    }

    private CycleStore store() {
        return new CycleStore(ao.activeObjects());
    }

    @Test
    public void aCreatedCycleReadsBackAsItWasWritten() {
        Cycle created = store().create(cycle("2027 Q1", "2027-01-01", "2027-03-31"), "admin", Instant.EPOCH);

        assertTrue(created.id() > 0);
        assertEquals(created, store().byId(created.id()).orElseThrow());
        assertEquals(LocalDate.of(2027, 3, 31), created.endDate());
        assertEquals(CycleState.PLANNING, created.state());
    }

    @Test
    public void cyclesAreListedMostRecentStartFirst() {
        store().create(cycle("2027 Q1", "2027-01-01", "2027-03-31"), "admin", Instant.EPOCH);
        store().create(cycle("2027 Q3", "2027-07-01", "2027-09-30"), "admin", Instant.EPOCH);
        store().create(cycle("2027 Q2", "2027-04-01", "2027-06-30"), "admin", Instant.EPOCH);

        assertEquals(List.of("2027 Q3", "2027 Q2", "2027 Q1"), store().all().stream().map(Cycle::name).toList());
    }

    @Test
    public void anUnknownIdIsEmpty() {
        assertTrue(store().byId(4711).isEmpty());
    }

    @Test
    public void namesKeepEveryCharacter() {
        String name = "Objectifs \u00e9t\u00e9 \uD83C\uDFAF <b>&amp;</b>";
        Cycle created = store().create(cycle(name, "2027-01-01", "2027-03-31"), "admin", Instant.EPOCH);

        assertEquals(name, store().byId(created.id()).orElseThrow().name());
    }

    @Test
    public void aFailedTransactionWritesNothing() {
        Transactions transactions = new Transactions(ao.activeObjects());
        try {
            transactions.inTransaction(() -> {
                store().create(cycle("doomed", "2027-01-01", "2027-03-31"), "admin", Instant.EPOCH);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what is under test
        }

        assertTrue(store().all().isEmpty());
    }

    @Test
    public void theTableIsNamedAsJiraNamesIt() throws Exception {
        // AO_ + last 6 hex digits of md5("io.capokr.jira"), upper case
        assertEquals("AO_" + md5Tail("io.capokr.jira") + "_", ao.tablePrefix());
        assertTrue(tableNames().contains(ao.tablePrefix() + "CYCLE"));
    }

    private List<String> tableNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = ao.database().entityManager().getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet tables = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static String md5Tail(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
    }

    private static Cycle cycle(String name, String start, String end) {
        return new Cycle(0, name, LocalDate.parse(start), LocalDate.parse(end), CycleState.PLANNING);
    }
}
