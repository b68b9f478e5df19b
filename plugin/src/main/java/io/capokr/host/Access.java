package io.capokr.host;

import java.util.Optional;

import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/**
 * Who is calling and what the host lets them do. Services ask this on every call; the UI only
 * mirrors its answers. Implemented by Jira's permission managers, and by the sandbox.
 * <p>
 * Permissions are answered for the caller only: asked about anyone else (or with nobody logged in), an
 * implementation throws {@link IllegalArgumentException} rather than silently checking the wrong person. A project
 * is the one with {@link ProjectRef#id()} as it is now, whatever key the ref carries; a project that no longer
 * exists grants nothing.
 */
public interface Access {

    /** The logged-in user, or empty for an anonymous caller. */
    Optional<UserRef> currentUser();

    /** Jira administrators manage cycles and company objectives. */
    boolean isAdministrator(UserRef user);

    /** BROWSE_PROJECTS: may see the project and its OKRs. */
    boolean canBrowseProject(UserRef user, ProjectRef project);

    /** ADMINISTER_PROJECTS: may create, edit and delete the project's objectives and key results. */
    boolean canAdministerProject(UserRef user, ProjectRef project);

    /** EDIT_ISSUES: may check in on the project's key results and link issues to them. */
    boolean canEditIssues(UserRef user, ProjectRef project);
}
