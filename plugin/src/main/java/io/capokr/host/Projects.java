package io.capokr.host;

import java.util.Optional;

import io.capokr.okr.ProjectRef;

/** Looks up the host's projects. Says nothing about permissions: ask {@link Access} for that. */
public interface Projects {

    /** The project whose current key is {@code key}, exactly as written (as Jira's getProjectByCurrentKey), if there is one. */
    Optional<ProjectRef> byKey(String key);

    /** The project with this id, if it still exists. */
    Optional<ProjectRef> byId(long id);
}
