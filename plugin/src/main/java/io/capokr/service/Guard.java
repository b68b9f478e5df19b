package io.capokr.service;

import java.util.Optional;

import io.capokr.host.Access;
import io.capokr.host.Projects;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/**
 * The permission checks of DESIGN §8, in one place, so that every service call starts with the same
 * question asked the same way. Each method returns what it checked or throws the typed refusal.
 */
public class Guard {

    private final Access access;
    private final Projects projects;

    public Guard(Access access, Projects projects) {
        this.access = access;
        this.projects = projects;
    }

    /** Any logged-in user. */
    public UserRef user() {
        return access.currentUser()
                .orElseThrow(() -> new NotAuthenticatedException("capokr.error.notLoggedIn"));
    }

    /** A Jira administrator. */
    public UserRef administrator() {
        UserRef user = user();
        if (!access.isAdministrator(user)) {
            throw new PermissionDeniedException("capokr.error.adminOnly");
        }
        return user;
    }

    public boolean isAdministrator(UserRef user) {
        return access.isAdministrator(user);
    }

    /**
     * A project the caller may browse, by key. One the caller cannot browse is "not found", as Jira
     * answers, so that nobody can list which project keys exist.
     */
    public ProjectRef browsableProject(UserRef user, String projectKey) {
        return projects.byKey(projectKey).filter(project -> access.canBrowseProject(user, project))
                .orElseThrow(() -> new NotFoundException("capokr.error.project.notFound", projectKey));
    }

    /** The project with this id if the caller may browse it; empty when it is gone or hidden from them. */
    public Optional<ProjectRef> browsableProject(UserRef user, long projectId) {
        return project(projectId).filter(p -> access.canBrowseProject(user, p));
    }

    /** The same for a project named in a request body: a 400 against that field. */
    public ProjectRef browsableProject(UserRef user, String projectKey, String field) {
        try {
            return browsableProject(user, projectKey);
        } catch (NotFoundException e) {
            throw ValidationException.of(FieldProblem.of(field, "capokr.error.project.notFound", projectKey));
        }
    }

    /**
     * The project a request body names in {@code field}, or null when it names none: a company objective.
     * A blank key is none; one the caller cannot browse is a 400 on that field.
     */
    public ProjectRef projectOrCompany(UserRef user, String projectKey, String field) {
        return projectKey == null || projectKey.isBlank() ? null : browsableProject(user, projectKey.trim(), field);
    }

    /**
     * May see the objective: anyone logged in for company objectives, BROWSE_PROJECTS for a project's.
     * A project objective the caller cannot see is reported as not found, so its existence stays hidden.
     */
    public void requireVisible(UserRef user, Objective objective) {
        if (!canView(user, objective)) {
            throw new NotFoundException("capokr.error.objective.notFound", String.valueOf(objective.id()));
        }
    }

    /** May see the objective: anyone logged in for company objectives, BROWSE_PROJECTS for a project's. */
    public boolean canView(UserRef user, Objective objective) {
        return objective.isCompanyObjective() || canBrowse(user, objective.projectId());
    }

    /** Creating objectives: administrators of the project, or Jira administrators for company ones. */
    public void requireCreateObjective(UserRef user, ProjectRef projectOrNull) {
        boolean allowed = projectOrNull == null
                ? access.isAdministrator(user)
                : access.canAdministerProject(user, projectOrNull);
        if (!allowed) {
            throw new PermissionDeniedException(projectOrNull == null
                    ? "capokr.error.adminOnly" : "capokr.error.objective.cannotCreate");
        }
    }

    /**
     * Running the project's rituals that belong to the whole project (its plan): the project's administrators
     * (Jira administrators administer every project).
     */
    public boolean canAdministerProject(UserRef user, ProjectRef project) {
        return access.canAdministerProject(user, project);
    }

    /** Editing an objective and its key results: its owner, or whoever may create objectives there. */
    public void requireEditObjective(UserRef user, Objective objective) {
        requireVisible(user, objective);
        if (canEditObjective(user, objective)) {
            return;
        }
        throw new PermissionDeniedException("capokr.error.objective.cannotEdit");
    }

    /** Company objectives are the Jira administrators' alone; a project objective is also its owner's. */
    public boolean canEditObjective(UserRef user, Objective objective) {
        if (objective.isCompanyObjective()) {
            return access.isAdministrator(user);
        }
        return objective.ownerKey().equals(user.key())
                || project(objective.projectId()).map(p -> access.canAdministerProject(user, p)).orElse(false);
    }

    /**
     * Checking in and linking issues: the key result's owner, or anyone with EDIT_ISSUES in its
     * project (Jira administrators for company key results).
     */
    public void requireWorkOn(UserRef user, KeyResult keyResult, Objective objective) {
        requireVisible(user, objective);
        if (canWorkOn(user, keyResult, objective)) {
            return;
        }
        throw new PermissionDeniedException("capokr.error.keyResult.cannotWork");
    }

    public boolean canWorkOn(UserRef user, KeyResult keyResult, Objective objective) {
        if (keyResult.ownerKey().equals(user.key())) {
            return true;
        }
        return objective.isCompanyObjective()
                ? access.isAdministrator(user)
                : project(objective.projectId()).map(p -> access.canEditIssues(user, p)).orElse(false);
    }

    private boolean canBrowse(UserRef user, long projectId) {
        return project(projectId).map(p -> access.canBrowseProject(user, p)).orElse(false);
    }

    private Optional<ProjectRef> project(long projectId) {
        return projects.byId(projectId);
    }
}
