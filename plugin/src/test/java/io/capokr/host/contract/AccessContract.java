package io.capokr.host.contract;

import static io.capokr.host.contract.Scenario.ADMIN;
import static io.capokr.host.contract.Scenario.LEAD;
import static io.capokr.host.contract.Scenario.MEMBER;
import static io.capokr.host.contract.Scenario.MKT;
import static io.capokr.host.contract.Scenario.NO_SUCH_PROJECT;
import static io.capokr.host.contract.Scenario.OUTSIDER;
import static io.capokr.host.contract.Scenario.SALES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import org.junit.Test;

/**
 * What every {@link Access} promises, in the {@link Scenario}: who is calling, and what the host lets the caller do.
 * Subclasses put their implementation into the scenario and log users in.
 */
public abstract class AccessContract {

    /** The implementation under test, in the scenario. */
    protected abstract Access access();

    /** Makes {@code userKeyOrNull} the caller (null: an anonymous caller), as the host's login would. */
    protected abstract void logIn(String userKeyOrNull);

    @Test
    public void anAnonymousCallerHasNoCurrentUser() {
        logIn(null);

        assertEquals(Optional.empty(), access().currentUser());
    }

    @Test
    public void theCurrentUserIsReferredToByUserKeyWithTheirDisplayName() {
        for (UserRef user : Scenario.USERS) {
            logIn(user.key());

            assertEquals(Optional.of(user), access().currentUser());
        }
    }

    @Test
    public void onlyTheJiraAdministratorIsAnAdministrator() {
        assertTrue(as(ADMIN, access()::isAdministrator));
        assertFalse(as(LEAD, access()::isAdministrator));
        assertFalse(as(MEMBER, access()::isAdministrator));
        assertFalse(as(OUTSIDER, access()::isAdministrator));
    }

    @Test
    public void theAdministratorBrowsesAdministersAndEditsBothProjects() {
        for (ProjectRef project : List.of(MKT, SALES)) {
            assertEquals(project.key(), List.of(true, true, true), rights(ADMIN, project));
        }
    }

    @Test
    public void theLeadHasEveryRightInMarketingAndNoneInSales() {
        assertEquals(List.of(true, true, true), rights(LEAD, MKT));
        assertEquals(List.of(false, false, false), rights(LEAD, SALES));
    }

    @Test
    public void theMemberEditsMarketingIssuesBrowsesSalesAndAdministersNothing() {
        assertEquals(List.of(true, false, true), rights(MEMBER, MKT));
        assertEquals(List.of(true, false, false), rights(MEMBER, SALES));
    }

    @Test
    public void theOutsiderOnlyBrowsesMarketing() {
        assertEquals(List.of(true, false, false), rights(OUTSIDER, MKT));
        assertEquals(List.of(false, false, false), rights(OUTSIDER, SALES));
    }

    @Test
    public void anUnknownProjectGrantsNothingEvenToTheAdministrator() {
        assertEquals(List.of(false, false, false), rights(ADMIN, NO_SUCH_PROJECT));
    }

    @Test
    public void aProjectIsKnownByItsIdNotByTheKeyItWasKnownBy() {
        // What the app stores is the project's id: a renamed key keeps the rights, a reused key does not bring them.
        ProjectRef marketingRenamed = new ProjectRef(MKT.id(), "MKTG", "Marketing and Growth");
        ProjectRef deletedProjectWithMarketingsKey = new ProjectRef(NO_SUCH_PROJECT.id(), MKT.key(), MKT.name());

        assertEquals(List.of(true, false, true), rights(MEMBER, marketingRenamed));
        assertEquals(List.of(false, false, false), rights(ADMIN, deletedProjectWithMarketingsKey));
    }

    @Test
    public void permissionsAreAnsweredForTheCallerOnly() {
        logIn(MEMBER.key());

        assertThrows(IllegalArgumentException.class, () -> access().isAdministrator(ADMIN));
        assertThrows(IllegalArgumentException.class, () -> access().canBrowseProject(ADMIN, SALES));
        assertThrows(IllegalArgumentException.class, () -> access().canAdministerProject(LEAD, MKT));
        assertThrows(IllegalArgumentException.class, () -> access().canEditIssues(ADMIN, SALES));
    }

    @Test
    public void anAnonymousCallerGetsNoAnswerAboutAnyone() {
        logIn(null);

        assertThrows(IllegalArgumentException.class, () -> access().isAdministrator(ADMIN));
        assertThrows(IllegalArgumentException.class, () -> access().canBrowseProject(MEMBER, MKT));
    }

    /** Browse, administer, edit issues: what {@code user}, logged in, may do in {@code project}. */
    private List<Boolean> rights(UserRef user, ProjectRef project) {
        logIn(user.key());
        UserRef caller = access().currentUser().orElseThrow();
        return List.of(access().canBrowseProject(caller, project), access().canAdministerProject(caller, project),
                access().canEditIssues(caller, project));
    }

    private boolean as(UserRef user, java.util.function.Predicate<UserRef> question) {
        logIn(user.key());
        return question.test(access().currentUser().orElseThrow());
    }
}
