package io.capokr.service;

import java.util.List;
import java.util.Objects;

import io.capokr.host.Users;
import io.capokr.okr.FieldProblem;

/** Who owns what is being created or changed: the caller unless someone else is named, who must exist. */
public class Owners {

    public static final String OWNER_KEY = "ownerKey";

    private final Users users;

    public Owners(Users users) {
        this.users = users;
    }

    /** The owner's user key: {@code ownerKey} if given (checked), else {@code whenBlank}. */
    String resolve(String ownerKey, String whenBlank, String callerKey, List<FieldProblem> problems) {
        if (ownerKey == null || ownerKey.isBlank()) {
            return whenBlank;
        }
        String key = ownerKey.trim();
        if (!Objects.equals(key, callerKey) && users.byUserKey(key).isEmpty()) {
            problems.add(FieldProblem.of(OWNER_KEY, "capokr.error.user.notFound", key));
        }
        return key;
    }
}
