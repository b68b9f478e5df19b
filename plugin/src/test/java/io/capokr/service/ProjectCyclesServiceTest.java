package io.capokr.service;

import java.util.List;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import io.capokr.aokit.ActiveObjectsRule;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CycleDraft;
import io.capokr.store.CycleStore;
import io.capokr.testing.FakeHost;
import io.capokr.testing.Okr;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

@RunWith(Parameterized.class)
public class ProjectCyclesServiceTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }


    @Rule
    public final ActiveObjectsRule ao;

    public ProjectCyclesServiceTest(TestDatabase database) {
        this.ao = new ActiveObjectsRule(database, "io.capokr.jira", Okr.ENTITIES);
    }

    private final FakeHost host = new FakeHost()
            .administrator("admin")
            .project(10000, "MKT", "Marketing", "admin", "member", "outsider")
            .project(10001, "SALES", "Sales", "admin", "member");

    private ProjectCyclesService service() {
        return new Okr(ao.activeObjects(), host).projectCycles;
    }

    private String message(ServiceException refusal) {
        return String.join(" ", new Okr(ao.activeObjects(), host).asCallerReadsIt(refusal).errorMessages());
    }

    @Test
    public void aProjectBrowserSeesTheCyclesButCannotManageThem() {
        new CycleStore(ao.activeObjects()).create(new CycleDraft("2027 Q1", "2027-01-01", null).toNewCycle(), "admin", Instant.EPOCH);
        host.loggedInAs("member");

        ProjectCycles page = service().forProject("MKT");

        assertEquals("Marketing", page.project().name());
        assertEquals(1, page.cycles().size());
        assertFalse(page.canManageCycles());
    }

    @Test
    public void administratorsMayManageCycles() {
        host.loggedInAs("admin");

        assertTrue(service().forProject("SALES").canManageCycles());
    }

    @Test
    public void aProjectTheCallerCannotBrowseLooksLikeNoProjectAtAll() {
        host.loggedInAs("outsider");

        NotFoundException refusal = assertThrows(NotFoundException.class, () -> service().forProject("SALES"));
        assertEquals("There is no project with key SALES, or you do not have permission to see it.", message(refusal));
        assertEquals(message(assertThrows(NotFoundException.class, () -> service().forProject("NOPE"))),
                message(refusal).replace("SALES", "NOPE"));
    }

    @Test
    public void anUnknownProjectIsNotFound() {
        host.loggedInAs("admin");

        assertThrows(NotFoundException.class, () -> service().forProject("NOPE"));
    }
}
