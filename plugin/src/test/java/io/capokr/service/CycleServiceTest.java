package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.capokr.aokit.ActiveObjectsRule;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.PageRequest;
import io.capokr.store.CycleEntity;
import io.capokr.testing.FakeHost;
import io.capokr.testing.Okr;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The cycle use cases on a real database, with the permission rules of DESIGN §8. */
@RunWith(Parameterized.class)
public class CycleServiceTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }


    @Rule
    public final ActiveObjectsRule ao;

    public CycleServiceTest(TestDatabase database) {
        this.ao = new ActiveObjectsRule(database, "io.capokr.jira", Okr.ENTITIES);
    }

    private final FakeHost host = new FakeHost().administrator("admin");

    private CycleService service(Locale locale) {
        return new Okr(ao.activeObjects(), host, locale).cycles;
    }

    /** Field errors as the REST caller reads them, in {@code locale}. */
    private Map<String, String> fieldErrors(ServiceException refusal, Locale locale) {
        return new Okr(ao.activeObjects(), host, locale).asCallerReadsIt(refusal).errors();
    }

    private CycleService service() {
        return service(Locale.ROOT);
    }

    @Test
    public void anAdministratorCreatesACycleThatEveryoneLoggedInCanRead() {
        host.loggedInAs("admin");
        Cycle created = service().create(new CycleDraft("2027 Q1", "2027-01-01", "2027-03-31")).cycle();

        host.loggedInAs("member");
        Page<CycleWithOverlaps> page = service().list(PageRequest.first(50));
        assertEquals(List.of(new CycleWithOverlaps(created, List.of())), page.values());
        assertEquals(1, page.total());
        assertEquals(created, service().get(created.id()).cycle());
        assertEquals(1, created.version());
    }

    @Test
    public void anyoneElseIsRefusedAndNothingIsWritten() {
        host.loggedInAs("member");
        assertThrows(PermissionDeniedException.class,
                () -> service().create(new CycleDraft("2027 Q1", "2027-01-01", "2027-03-31")));

        assertEquals(0, ao.activeObjects().count(CycleEntity.class));
    }

    @Test
    public void anonymousCallersMustLogInFirst() {
        host.loggedInAs(null);

        assertThrows(NotAuthenticatedException.class, () -> service().list(PageRequest.first(50)));
        assertThrows(NotAuthenticatedException.class,
                () -> service().create(new CycleDraft("2027 Q1", "2027-01-01", "2027-03-31")));
    }

    @Test
    public void invalidInputNamesEveryBadFieldAndWritesNothing() {
        host.loggedInAs("admin");
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> service().create(new CycleDraft("", "2027-13-01", null)));

        assertEquals(List.of("name", "startDate"), List.copyOf(fieldErrors(refusal, Locale.ROOT).keySet()));
        assertEquals("Give the cycle a name.", fieldErrors(refusal, Locale.ROOT).get("name"));
        assertTrue(new Okr(ao.activeObjects(), host).asCallerReadsIt(refusal).errorMessages().isEmpty());
        assertEquals(0, ao.activeObjects().count(CycleEntity.class));
    }

    @Test
    public void refusalsSpeakTheCallersLanguage() {
        host.loggedInAs("admin");
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> service(Locale.FRENCH).create(new CycleDraft("Q", "2027-03-01", "2027-01-01")));

        assertEquals("La date de fin doit suivre la date de d\u00e9but.", fieldErrors(refusal, Locale.FRENCH).get("endDate"));
    }

    @Test
    public void cycleNamesAreUniqueIgnoringCase() {
        host.loggedInAs("admin");
        service().create(new CycleDraft("2027 Q1", "2027-01-01", null));

        ValidationException refusal = assertThrows(ValidationException.class,
                () -> service().create(new CycleDraft(" 2027 q1 ", "2027-04-01", null)));

        assertEquals("There is already a cycle named 2027 q1.", fieldErrors(refusal, Locale.ROOT).get("name"));
        assertEquals(1, ao.activeObjects().count(CycleEntity.class));
    }

    @Test
    public void anUnknownCycleIsNotFound() {
        host.loggedInAs("member");

        assertThrows(NotFoundException.class, () -> service().get(99));
    }

    @Test
    public void listsArePagedTheJiraWay() {
        host.loggedInAs("admin");
        for (int month = 1; month <= 5; month++) {
            service().create(new CycleDraft("C" + month, String.format("2027-%02d-01", month), null));
        }

        Page<CycleWithOverlaps> page = service().list(new PageRequest(1, 2));
        assertEquals(5, page.total());
        assertEquals(List.of("C4", "C3"), page.values().stream().map(shown -> shown.cycle().name()).toList());
    }
}
