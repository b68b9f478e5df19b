package io.capokr.okr;

import java.util.Objects;

/** A Jira project as the app refers to one: its id is what we store, its key and name are for display. */
public record ProjectRef(long id, String key, String name) {

    public ProjectRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
