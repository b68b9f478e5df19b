package io.capokr.host.contract;

import static io.capokr.host.contract.Scenario.MKT;
import static io.capokr.host.contract.Scenario.NO_SUCH_PROJECT;
import static io.capokr.host.contract.Scenario.SALES;
import static org.junit.Assert.assertEquals;

import java.util.Optional;

import io.capokr.host.Projects;
import org.junit.Test;

/** What every {@link Projects} promises, in the {@link Scenario}. Permissions play no part here. */
public abstract class ProjectsContract {

    /** The implementation under test, in the scenario. */
    protected abstract Projects projects();

    @Test
    public void projectsAreFoundByTheirCurrentKeyWithIdAndName() {
        assertEquals(Optional.of(MKT), projects().byKey("MKT"));
        assertEquals(Optional.of(SALES), projects().byKey("SALES"));
    }

    @Test
    public void projectsAreFoundById() {
        assertEquals(Optional.of(MKT), projects().byId(10000));
        assertEquals(Optional.of(SALES), projects().byId(10001));
    }

    @Test
    public void anUnknownKeyOrIdFindsNothing() {
        assertEquals(Optional.empty(), projects().byKey(NO_SUCH_PROJECT.key()));
        assertEquals(Optional.empty(), projects().byId(NO_SUCH_PROJECT.id()));
    }

    @Test
    public void keysAreLookedUpExactlyAsWrittenAsJirasGetProjectByCurrentKeyDoes() {
        assertEquals(Optional.empty(), projects().byKey("mkt"));
        assertEquals(Optional.empty(), projects().byKey("Sales"));
    }
}
