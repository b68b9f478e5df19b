package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.UserRef;

/** A person a resource names: the stable user key and the name to show, under the names Jira's own REST uses. */
public record PersonJson(@JsonProperty("key") String key, @JsonProperty("displayName") String displayName) {

    /** Null for nobody. */
    static PersonJson of(UserRef user) {
        return user == null ? null : new PersonJson(user.key(), user.displayName());
    }
}
