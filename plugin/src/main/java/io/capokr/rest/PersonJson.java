package io.capokr.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.UserRef;

/** A person a resource names: the stable user key and the name to show. */
public record PersonJson(@JsonProperty("key") String key, @JsonProperty("name") String name) {

    /** Null for nobody. */
    static PersonJson of(UserRef user) {
        return user == null ? null : new PersonJson(user.key(), user.displayName());
    }
}
