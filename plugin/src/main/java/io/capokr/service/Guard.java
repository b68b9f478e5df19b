package io.capokr.service;

import io.capokr.host.Access;
import io.capokr.host.Messages;
import io.capokr.host.Projects;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/**
 * The permission checks of DESIGN §8, in one place, so that every service call starts with the same
 * question asked the same way. Each method returns what it checked or throws the typed refusal.
 */
public class Guard {

    private final Access access;
    private final Projects projects;
    private final Messages messages;

    public Guard(Access access, Projects projects, Messages messages) {
        this.access = access;
        this.projects = projects;
        this.messages = messages;
    }

    /** Any logged-in user. */
    public UserRef user() {
        return access.currentUser()
                .orElseThrow(() -> new NotAuthenticatedException(messages.text("capokr.error.notLoggedIn")));
    }

    /** A Jira administrator. */
    public UserRef administrator() {
        UserRef user = user();
        if (!access.isAdministrator(user)) {
            throw new PermissionDeniedException(messages.text("capokr.error.adminOnly"));
        }
        return user;
    }

    public boolean isAdministrator(UserRef user) {
        return access.isAdministrator(user);
    }

    /** A project the caller may browse. */
    public ProjectRef browsableProject(UserRef user, String projectKey) {
        ProjectRef project = projects.byKey(projectKey)
                .orElseThrow(() -> new NotFoundException(messages.text("capokr.error.project.notFound", projectKey)));
        if (!access.canBrowseProject(user, project)) {
            throw new PermissionDeniedException(messages.text("capokr.error.project.cannotBrowse", project.key()));
        }
        return project;
    }
}
