package io.capokr.sandbox.host;

import java.util.List;

import io.capokr.aokit.Database;
import io.capokr.aokit.TestDatabase;
import io.capokr.host.AppSettings;
import io.capokr.host.contract.AppSettingsContract;
import org.junit.After;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The sandbox's settings keep the port's promises in its own database, H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class SandboxSettingsContractTest extends AppSettingsContract {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    private final Database database;

    public SandboxSettingsContractTest(TestDatabase kind) {
        this.database = kind.open("io.capokr.jira");
    }

    @After
    public void close() {
        database.close();
    }

    @Override
    protected AppSettings settings() {
        return new SandboxSettings(database.entityManager());
    }
}
