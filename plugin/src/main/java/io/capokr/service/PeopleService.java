package io.capokr.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.capokr.host.Users;
import io.capokr.okr.UserRef;

/** The people a page names (owners, authors), by user key, for any logged-in reader. */
public class PeopleService {

    private final Users users;
    private final Guard guard;

    public PeopleService(Users users, Guard guard) {
        this.users = users;
        this.guard = guard;
    }

    /**
     * Each user key with the person behind it; a key the host no longer knows (a deleted user) stands for
     * itself, so the page still says who it was.
     */
    public Map<String, UserRef> byKeys(Collection<String> userKeys) {
        guard.user();
        Map<String, UserRef> people = new LinkedHashMap<>();
        userKeys.stream().filter(Objects::nonNull).distinct()
                .forEach(key -> people.put(key, users.byUserKey(key).orElse(new UserRef(key, key))));
        return people;
    }
}
