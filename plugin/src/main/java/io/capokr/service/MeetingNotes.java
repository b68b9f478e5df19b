package io.capokr.service;

import io.capokr.host.Access;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/**
 * Who records the weekly meeting's decisions and actions (issue 9, item 9): whoever can edit issues in the
 * project, as those who check in can, and the project's administrators, who run its rituals. Reading them takes
 * only BROWSE_PROJECTS, which the callers check first.
 */
public class MeetingNotes {

    private final Access access;

    public MeetingNotes(Access access) {
        this.access = access;
    }

    public boolean mayRecord(UserRef user, ProjectRef project) {
        return access.canEditIssues(user, project) || access.canAdministerProject(user, project);
    }

    public void requireMayRecord(UserRef user, ProjectRef project) {
        if (!mayRecord(user, project)) {
            throw new PermissionDeniedException("capokr.meeting.error.cannotRecord");
        }
    }
}
