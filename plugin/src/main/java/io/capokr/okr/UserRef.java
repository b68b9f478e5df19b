package io.capokr.okr;

import java.util.Objects;

/** A Jira user as the app refers to one: the stable user key (never the renamable username) and a name to show. */
public record UserRef(String key, String displayName) {

    public UserRef {
        Objects.requireNonNull(key, "key");
        displayName = displayName == null ? key : displayName;
    }
}
