package io.capokr.service;

import java.util.List;
import java.util.Objects;

import io.capokr.host.Users;
import io.capokr.okr.Change;
import io.capokr.okr.FieldProblem;

/** Who owns what is being created or changed: the caller unless someone else is named, who must exist. */
public class Owners {

    public static final String OWNER_KEY = "ownerKey";

    private final Users users;

    public Owners(Users users) {
        this.users = users;
    }

    /**
     * The owner after an edit of {@code current}'s: kept when the edit leaves it out; an owner cannot be cleared, so
     * null or blank is a problem naming {@code ownerKey}; anyone else named is checked.
     */
    String edited(Change<String> ownerKey, String current, String callerKey, List<FieldProblem> problems) {
        if (ownerKey.isGiven() && (ownerKey.orNull() == null || ownerKey.orNull().isBlank())) {
            problems.add(FieldProblem.of(OWNER_KEY, "capokr.error.required"));
            return current;
        }
        return resolve(ownerKey.over(current), current, callerKey, problems);
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
