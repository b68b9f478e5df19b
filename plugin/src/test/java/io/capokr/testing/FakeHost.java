package io.capokr.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.capokr.host.Access;
import io.capokr.host.AppSettings;
import io.capokr.host.IssueFields;
import io.capokr.host.Clock;
import io.capokr.host.IssueDirectory;
import io.capokr.host.Locks;
import io.capokr.host.Projects;
import io.capokr.host.Users;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.NumberField;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.UserRef;

/**
 * A small, explicit host for service tests: who is logged in, who may do what in which project, which
 * issues exist and who may see them. Our own ports are faked with plain code; Mockito is kept for Jira's types.
 */
public final class FakeHost implements Access, Projects, Clock, Users, IssueDirectory, Locks, AppSettings, IssueFields {

    private UserRef currentUser;
    private final Set<String> administrators = new HashSet<>();
    private final Set<String> users = new HashSet<>();
    private final Map<String, String> displayNames = new HashMap<>();
    private final Map<String, ProjectRef> projects = new HashMap<>();
    private final Map<String, Set<String>> browsers = new HashMap<>();
    private final Map<String, Set<String>> projectAdmins = new HashMap<>();
    private final Map<String, Set<String>> editors = new HashMap<>();
    private final Map<Long, IssueFacts> issues = new LinkedHashMap<>();
    /** Issues under issue security: only these users see them. */
    private final Map<Long, Set<String>> restrictedTo = new HashMap<>();
    private Instant now = Instant.parse("2027-02-15T10:00:00Z");
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private long lockWaitSeconds = 30;
    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private final List<NumberField> numberFields = new ArrayList<>();

    /** A numeric custom field of the site. */
    public FakeHost numberField(String id, String name) {
        numberFields.add(new NumberField(id, name));
        return this;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }

    @Override
    public List<NumberField> numberFields() {
        return List.copyOf(numberFields);
    }

    public FakeHost loggedInAs(String userKey) {
        currentUser = userKey == null ? null : userRef(userKey);
        if (userKey != null) {
            users.add(userKey);
        }
        return this;
    }

    public FakeHost user(String userKey) {
        users.add(userKey);
        return this;
    }

    /** A user with a display name (by default a user's display name is their key). */
    public FakeHost user(String userKey, String displayName) {
        users.add(userKey);
        displayNames.put(userKey, displayName);
        return this;
    }

    public FakeHost administrator(String userKey) {
        administrators.add(userKey);
        users.add(userKey);
        return this;
    }

    public FakeHost project(long id, String key, String name, String... userKeysWhoBrowse) {
        projects.put(key, new ProjectRef(id, key, name));
        browsers.put(key, new HashSet<>(Set.of(userKeysWhoBrowse)));
        users.addAll(Set.of(userKeysWhoBrowse));
        return this;
    }

    public FakeHost projectAdmin(String projectKey, String userKey) {
        projectAdmins.computeIfAbsent(projectKey, k -> new HashSet<>()).add(userKey);
        return this;
    }

    public FakeHost editor(String projectKey, String userKey) {
        editors.computeIfAbsent(projectKey, k -> new HashSet<>()).add(userKey);
        return this;
    }

    public FakeHost issue(long id, String key, StatusCategory category, Double storyPoints) {
        ProjectRef project = projects.get(key.substring(0, key.indexOf('-')));
        issues.put(id, new IssueFacts(id, key, "Summary of " + key, category, storyPoints, project == null ? 0 : project.id()));
        return this;
    }

    /** An issue exactly as given, summary included. */
    public FakeHost issue(IssueFacts issue) {
        issues.put(issue.id(), issue);
        return this;
    }

    /** Puts the issue under issue security: of those who browse its project, only these users see it. */
    public FakeHost restrictIssue(long id, String... userKeysWhoSee) {
        restrictedTo.put(id, new HashSet<>(Set.of(userKeysWhoSee)));
        return this;
    }

    /** The issue is gone from the host (deleted with no event reaching the app). */
    public FakeHost forgetIssue(long id) {
        issues.remove(id);
        return this;
    }

    /** Changes an issue as Jira would; the test then tells IssueSync, as Jira's event would. */
    public IssueFacts moveIssue(long id, StatusCategory category) {
        IssueFacts old = issues.get(id);
        IssueFacts moved = new IssueFacts(id, old.key(), old.summary(), category, old.storyPoints(), old.projectId());
        issues.put(id, moved);
        return moved;
    }

    public FakeHost at(Instant instant) {
        now = instant;
        return this;
    }

    /** How long {@link #exclusively} waits for a taken lock before {@link Locks.Busy}. */
    public FakeHost locksWaitingAtMost(long seconds) {
        lockWaitSeconds = seconds;
        return this;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(currentUser);
    }

    /** Like Jira's adapter, answers for the caller only, so a service asking about someone else fails here too. */
    @Override
    public boolean isAdministrator(UserRef user) {
        return administrators.contains(caller(user));
    }

    /** Permissions follow the project's id, as Jira's do: its key may have changed since the ref was made. */
    @Override
    public boolean canBrowseProject(UserRef user, ProjectRef project) {
        return granted(browsers, caller(user), project);
    }

    @Override
    public boolean canAdministerProject(UserRef user, ProjectRef project) {
        return granted(projectAdmins, caller(user), project);
    }

    @Override
    public boolean canEditIssues(UserRef user, ProjectRef project) {
        return granted(editors, caller(user), project);
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return Optional.ofNullable(key == null ? null : projects.get(key));
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return projects.values().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<UserRef> byUserKey(String userKey) {
        return users.contains(userKey) ? Optional.of(userRef(userKey)) : Optional.empty();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public java.time.ZoneId zone() {
        return ZoneOffset.UTC;
    }

    /** Keyed by each key as given, trimmed and upper-cased; null keys are ignored, as by Jira's adapter. */
    @Override
    public Map<String, IssueFacts> visibleByKeys(Collection<String> keys, UserRef viewer) {
        Map<String, IssueFacts> found = new LinkedHashMap<>();
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            String wanted = key.trim().toUpperCase(Locale.ROOT);
            issues.values().stream()
                    .filter(issue -> issue.key().equals(wanted) && visible(issue, viewer))
                    .findFirst().ifPresent(issue -> found.put(wanted, issue));
        }
        return found;
    }

    @Override
    public Map<Long, IssueFacts> visibleByIds(Collection<Long> ids, UserRef viewer) {
        Map<Long, IssueFacts> found = new LinkedHashMap<>();
        for (Long id : ids) {
            IssueFacts issue = issues.get(id);
            if (issue != null && visible(issue, viewer)) {
                found.put(id, issue);
            }
        }
        return found;
    }

    @Override
    public Map<Long, IssueFacts> factsByIds(Collection<Long> ids) {
        Map<Long, IssueFacts> found = new LinkedHashMap<>();
        for (Long id : ids) {
            IssueFacts issue = id == null ? null : issues.get(id);
            if (issue != null) {
                found.put(id, issue);
            }
        }
        return found;
    }

    /** One JVM here, so a plain lock per name stands in for Jira's cluster lock. */
    @Override
    public <T> T exclusively(String name, Supplier<T> work) {
        return Locks.holding(locks.computeIfAbsent(name, n -> new ReentrantLock()), name, lockWaitSeconds, work);
    }

    /** Jira's rule: browse the issue's project, and be in its security level if it has one. */
    private boolean visible(IssueFacts issue, UserRef viewer) {
        Set<String> only = restrictedTo.get(issue.id());
        boolean browses = projects.values().stream().filter(p -> p.id() == issue.projectId()).findFirst()
                .map(p -> granted(browsers, viewer.key(), p)).orElse(false);
        return browses && (only == null || only.contains(viewer.key()));
    }

    private UserRef userRef(String userKey) {
        return new UserRef(userKey, displayNames.getOrDefault(userKey, userKey));
    }

    /** The key of {@code user}, who must be the logged-in user. */
    private String caller(UserRef user) {
        if (currentUser == null || !currentUser.key().equals(user.key())) {
            throw new IllegalArgumentException("Permissions are checked for the logged-in user only, not " + user.key());
        }
        return user.key();
    }

    /** Whether {@code grants}, by project key, holds {@code userKey} for the project that has {@code project}'s id now. */
    private boolean granted(Map<String, Set<String>> grants, String userKey, ProjectRef project) {
        return projects.values().stream().filter(p -> p.id() == project.id()).findFirst()
                .map(current -> grants.getOrDefault(current.key(), Set.of()).contains(userKey)).orElse(false);
    }
}
