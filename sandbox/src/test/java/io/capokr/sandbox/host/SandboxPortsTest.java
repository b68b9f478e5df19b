package io.capokr.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import org.junit.Test;

/** The sandbox's Access, Projects and Users ports over the sample tracker. */
public class SandboxPortsTest {

    private static final ProjectRef MKT = new ProjectRef(10000, "MKT", "Marketing");
    private static final ProjectRef SALES = new ProjectRef(10001, "SALES", "Sales");

    private final SampleTracker tracker = new SampleTracker();
    private final RequestContext requests = new RequestContext();
    private final SandboxAccess access = new SandboxAccess(tracker, requests);

    @Test
    public void administerProjectsIsTheAdminsAndTheMarketingLeads() {
        assertEquals(true, as("admin", user -> access.canAdministerProject(user, MKT) && access.canAdministerProject(user, SALES)));
        assertEquals(true, as("lead", user -> access.canAdministerProject(user, MKT)));
        assertEquals(false, as("lead", user -> access.canAdministerProject(user, SALES)));
        assertEquals(false, as("member", user -> access.canAdministerProject(user, MKT)));
        assertEquals(false, as("outsider", user -> access.canAdministerProject(user, MKT)));
    }

    @Test
    public void editIssuesIsTheMembersInMarketingOnly() {
        assertEquals(true, as("member", user -> access.canEditIssues(user, MKT)));
        assertEquals(false, as("member", user -> access.canEditIssues(user, SALES)));
        assertEquals(true, as("lead", user -> access.canEditIssues(user, MKT)));
        assertEquals(true, as("admin", user -> access.canEditIssues(user, SALES)));
        assertEquals(false, as("outsider", user -> access.canEditIssues(user, MKT)));
        assertEquals("an unknown project grants nothing", false,
                as("admin", user -> access.canEditIssues(user, new ProjectRef(1, "X", "X"))));
    }

    @Test
    public void permissionsAreAnsweredForTheLoggedInUserOnly() {
        UserRef member = new UserRef("member", "Mia Member");
        try (RequestContext.Scope scope = requests.enter("admin", null)) {
            assertThrows(IllegalArgumentException.class, () -> access.canEditIssues(member, MKT));
            assertThrows(IllegalArgumentException.class, () -> access.canAdministerProject(member, MKT));
        }
    }

    @Test
    public void projectsByIdAndByKey() {
        SandboxProjects projects = new SandboxProjects(tracker);

        assertEquals(Optional.of(SALES), projects.byId(10001));
        assertEquals(Optional.of(MKT), projects.byKey("MKT"));
        assertEquals(Optional.empty(), projects.byId(42));
    }

    @Test
    public void usersByKeyWithTheirDisplayNames() {
        SandboxUsers users = new SandboxUsers(tracker);

        assertEquals(Optional.of(new UserRef("lead", "Luc Lead")), users.byUserKey("lead"));
        assertEquals(Optional.of(new UserRef("outsider", "Oscar Outsider")), users.byUserKey("outsider"));
        assertFalse(users.byUserKey("mallory").isPresent());
        assertFalse(users.byUserKey(null).isPresent());
        assertTrue(users.byUserKey("admin").isPresent());
    }

    private boolean as(String username, java.util.function.Predicate<UserRef> check) {
        try (RequestContext.Scope scope = requests.enter(username, null)) {
            return check.test(access.currentUser().orElseThrow());
        }
    }
}
