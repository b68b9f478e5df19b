package io.capokr.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.capokr.host.Access;
import io.capokr.host.Clock;
import io.capokr.host.Projects;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/**
 * A small, explicit host for service tests: who is logged in, who administers Jira, who browses what.
 * Our own ports are faked with plain code; Mockito is kept for Jira's types.
 */
public final class FakeHost implements Access, Projects, Clock {

    private UserRef currentUser;
    private final Set<String> administrators = new HashSet<>();
    private final Map<String, ProjectRef> projects = new HashMap<>();
    private final Map<String, Set<String>> browsers = new HashMap<>();
    private Instant now = Instant.parse("2027-02-15T10:00:00Z");

    public FakeHost loggedInAs(String userKey) {
        currentUser = userKey == null ? null : new UserRef(userKey, userKey);
        return this;
    }

    public FakeHost administrator(String userKey) {
        administrators.add(userKey);
        return this;
    }

    public FakeHost project(long id, String key, String name, String... userKeysWhoBrowse) {
        projects.put(key, new ProjectRef(id, key, name));
        browsers.put(key, new HashSet<>(Set.of(userKeysWhoBrowse)));
        return this;
    }

    public FakeHost at(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(currentUser);
    }

    @Override
    public boolean isAdministrator(UserRef user) {
        return administrators.contains(user.key());
    }

    @Override
    public boolean canBrowseProject(UserRef user, ProjectRef project) {
        return browsers.getOrDefault(project.key(), Set.of()).contains(user.key());
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return Optional.ofNullable(projects.get(key));
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
