package io.capokr.sandbox.host;

import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.sandbox.host.SampleTracker.ProjectPermission;

/** {@link Access} answered by the sample tracker for the user the current request is logged in as. */
public final class SandboxAccess implements Access {

    private final SampleTracker tracker;
    private final RequestContext requests;

    public SandboxAccess(SampleTracker tracker, RequestContext requests) {
        this.tracker = tracker;
        this.requests = requests;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return requests.username().flatMap(tracker::user).map(user -> new UserRef(user.key(), user.displayName()));
    }

    @Override
    public boolean isAdministrator(UserRef user) {
        return loggedIn(user).administrator();
    }

    @Override
    public boolean canBrowseProject(UserRef user, ProjectRef project) {
        return tracker.hasPermission(loggedIn(user).key(), project.id(), ProjectPermission.BROWSE_PROJECTS);
    }

    @Override
    public boolean canAdministerProject(UserRef user, ProjectRef project) {
        return tracker.hasPermission(loggedIn(user).key(), project.id(), ProjectPermission.ADMINISTER_PROJECTS);
    }

    @Override
    public boolean canEditIssues(UserRef user, ProjectRef project) {
        return tracker.hasPermission(loggedIn(user).key(), project.id(), ProjectPermission.EDIT_ISSUES);
    }

    /** Like the Jira adapter, answers only about the caller, so a service asking about someone else fails here too. */
    private SampleTracker.User loggedIn(UserRef user) {
        SampleTracker.User current = requests.username().flatMap(tracker::user).orElse(null);
        if (current == null || !current.key().equals(user.key())) {
            throw new IllegalArgumentException("Permissions are checked for the logged-in user only, not " + user.key());
        }
        return current;
    }
}
