package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import org.junit.Test;

public class JiraAccessTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final JiraAccess access = new JiraAccess(authentication, globalPermissions, permissions, projectManager);

    private final ApplicationUser alice = user("JIRAUSER10100", "Alice Martin");
    private final UserRef aliceRef = new UserRef("JIRAUSER10100", "Alice Martin");
    private final Project marketing = mock(Project.class);
    private final ProjectRef marketingRef = new ProjectRef(10000, "MKT", "Marketing");

    @Test
    public void theCurrentUserIsReferredToByUserKey() {
        when(authentication.getLoggedInUser()).thenReturn(alice);

        assertEquals(Optional.of(aliceRef), access.currentUser());
    }

    @Test
    public void anonymousHasNoCurrentUser() {
        assertEquals(Optional.empty(), access.currentUser());
    }

    @Test
    public void administratorsHoldJirasAdministerPermission() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

        assertTrue(access.isAdministrator(aliceRef));
    }

    @Test
    public void systemAdministrationAloneIsNotAskedFor() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, alice)).thenReturn(true);

        assertFalse(access.isAdministrator(aliceRef));
    }

    @Test
    public void browsingAProjectIsJirasBrowsePermissionOnIt() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, marketing, alice)).thenReturn(true);

        assertTrue(access.canBrowseProject(aliceRef, new ProjectRef(10000, "MKT", "Marketing")));
    }

    @Test
    public void editPermissionAloneDoesNotLetAUserBrowse() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, marketing, alice)).thenReturn(true);

        assertFalse(access.canBrowseProject(aliceRef, new ProjectRef(10000, "MKT", "Marketing")));
    }

    @Test
    public void aProjectThatNoLongerExistsCannotBeBrowsed() {
        when(authentication.getLoggedInUser()).thenReturn(alice);

        assertFalse(access.canBrowseProject(aliceRef, new ProjectRef(10000, "MKT", "Marketing")));
    }

    @Test
    public void administeringAProjectIsJirasAdministerProjectsPermission() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, marketing, alice)).thenReturn(true);

        assertTrue(access.canAdministerProject(aliceRef, marketingRef));
    }

    @Test
    public void browsingAndEditingDoNotMakeAProjectAdministrator() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, marketing, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, marketing, alice)).thenReturn(true);

        assertFalse(access.canAdministerProject(aliceRef, marketingRef));
    }

    @Test
    public void editingIssuesIsJirasEditIssuesPermission() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, marketing, alice)).thenReturn(true);

        assertTrue(access.canEditIssues(aliceRef, marketingRef));
    }

    @Test
    public void administeringAProjectDoesNotLetAUserEditItsIssues() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, marketing, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, marketing, alice)).thenReturn(true);

        assertFalse(access.canEditIssues(aliceRef, marketingRef));
    }

    @Test
    public void aProjectThatNoLongerExistsGrantsNothing() {
        when(authentication.getLoggedInUser()).thenReturn(alice);

        assertFalse(access.canAdministerProject(aliceRef, marketingRef));
        assertFalse(access.canEditIssues(aliceRef, marketingRef));
    }

    @Test
    public void projectPermissionsAreNeverAnsweredForSomeoneOtherThanTheCaller() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projectManager.getProjectObj(10000L)).thenReturn(marketing);
        UserRef bob = new UserRef("bob", "Bob");

        assertThrows(IllegalArgumentException.class, () -> access.canBrowseProject(bob, marketingRef));
        assertThrows(IllegalArgumentException.class, () -> access.canAdministerProject(bob, marketingRef));
        assertThrows(IllegalArgumentException.class, () -> access.canEditIssues(bob, marketingRef));
    }

    @Test
    public void anonymousCallersGetNoProjectPermissionAnswer() {
        assertThrows(IllegalArgumentException.class, () -> access.canEditIssues(aliceRef, marketingRef));
    }

    @Test
    public void permissionsAreNeverAnsweredForSomeoneOtherThanTheCaller() {
        when(authentication.getLoggedInUser()).thenReturn(alice);

        assertThrows(IllegalArgumentException.class, () -> access.isAdministrator(new UserRef("bob", "Bob")));
    }

    private static ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }
}
