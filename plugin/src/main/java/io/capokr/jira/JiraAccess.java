package io.capokr.jira;

import java.util.Optional;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.capokr.host.Access;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/** {@link Access} answered by Jira's authentication context and permission managers. */
public class JiraAccess implements Access {

    private final JiraAuthenticationContext authenticationContext;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;
    private final ProjectManager projectManager;

    public JiraAccess(JiraAuthenticationContext authenticationContext, GlobalPermissionManager globalPermissions,
                      PermissionManager permissions, ProjectManager projectManager) {
        this.authenticationContext = authenticationContext;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
        this.projectManager = projectManager;
    }

    @Override
    public Optional<UserRef> currentUser() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return Optional.ofNullable(user).map(u -> new UserRef(u.getKey(), u.getDisplayName()));
    }

    @Override
    public boolean isAdministrator(UserRef user) {
        return globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, loggedIn(user));
    }

    @Override
    public boolean canBrowseProject(UserRef user, ProjectRef project) {
        return hasProjectPermission(ProjectPermissions.BROWSE_PROJECTS, user, project);
    }

    @Override
    public boolean canAdministerProject(UserRef user, ProjectRef project) {
        return hasProjectPermission(ProjectPermissions.ADMINISTER_PROJECTS, user, project);
    }

    @Override
    public boolean canEditIssues(UserRef user, ProjectRef project) {
        return hasProjectPermission(ProjectPermissions.EDIT_ISSUES, user, project);
    }

    /** A project that no longer exists grants nothing. */
    private boolean hasProjectPermission(ProjectPermissionKey permission, UserRef user, ProjectRef project) {
        ApplicationUser caller = loggedIn(user);
        Project jiraProject = projectManager.getProjectObj(project.id());
        return jiraProject != null && permissions.hasPermission(permission, jiraProject, caller);
    }

    /**
     * The Jira user behind {@code user}. Permission questions are only ever asked about the caller, so
     * this refuses to answer for anyone else rather than silently checking the wrong person.
     */
    private ApplicationUser loggedIn(UserRef user) {
        ApplicationUser current = authenticationContext.getLoggedInUser();
        if (current == null || !current.getKey().equals(user.key())) {
            throw new IllegalArgumentException("Permissions are checked for the logged-in user only, not " + user.key());
        }
        return current;
    }
}
