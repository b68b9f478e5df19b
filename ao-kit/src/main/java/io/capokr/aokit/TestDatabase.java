package io.capokr.aokit;

import java.util.ArrayList;
import java.util.List;

/**
 * The databases AO tests run on: H2 in memory always, and PostgreSQL as well when the environment
 * variable {@code CAPOKR_TEST_DB} holds its JDBC URL (as CI sets it). Test classes run once per
 * database through JUnit's Parameterized runner with {@link #all()} as parameters.
 */
public enum TestDatabase {

    H2 {
        @Override
        public Database open(String namespace) {
            return Database.inMemory(namespace);
        }
    },
    POSTGRESQL {
        @Override
        public Database open(String namespace) {
            return Database.freshPostgresSchema(postgresUrl(), namespace);
        }
    };

    public static final String URL_VARIABLE = "CAPOKR_TEST_DB";

    /** A new, empty database of this kind, its tables to be named as Jira names those of {@code namespace}. */
    public abstract Database open(String namespace);

    /** Parameters for {@code @Parameterized.Parameters(name = "{0}")}. */
    public static List<Object[]> all() {
        List<Object[]> databases = new ArrayList<>();
        databases.add(new Object[] {H2});
        if (!postgresUrl().isEmpty()) {
            databases.add(new Object[] {POSTGRESQL});
        }
        return databases;
    }

    private static String postgresUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null ? "" : url.trim();
    }
}
