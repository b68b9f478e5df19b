package io.capokr.jira;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.capokr.host.contract.Scenario;
import io.capokr.host.contract.Scenario.Permission;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.service.SiteSettings;
import io.capokr.testing.FakeHost;

/** A {@link MockJira} set up as the contracts' {@link Scenario}, and the adapters over it. */
final class ScenarioJira {

    final MockJira jira = new MockJira();
    private final Map<String, ApplicationUser> users = new HashMap<>();

    ScenarioJira() {
        for (UserRef ref : Scenario.USERS) {
            users.put(ref.key(), jira.user(ref.key(), ref.displayName()));
        }
        Scenario.ADMINISTRATORS.forEach(key -> jira.administrator(users.get(key)));
        for (ProjectRef ref : Scenario.PROJECTS) {
            Project project = jira.project(ref.id(), ref.key(), ref.name());
            for (UserRef user : Scenario.USERS) {
                for (Permission permission : Permission.values()) {
                    if (Scenario.granted(user.key(), ref, permission)) {
                        jira.grant(users.get(user.key()), project, jiraPermission(permission));
                    }
                }
            }
        }
        for (IssueFacts issue : Scenario.ISSUES) {
            ApplicationUser[] browsers = Scenario.USERS.stream().filter(user -> Scenario.canSee(user.key(), issue))
                    .map(user -> users.get(user.key())).toArray(ApplicationUser[]::new);
            jira.issue(issue.id(), issue.key(), issue.summary(), issue.statusCategory().jiraKey(), issue.storyPoints(),
                    issue.projectId(), browsers);
        }
        jira.logIn(null);
    }

    /** Logs {@code userKeyOrNull} in (null: anonymous); a key Jira does not know logs in nobody. */
    void logIn(String userKeyOrNull) {
        jira.logIn(userKeyOrNull == null ? null : users.get(userKeyOrNull));
    }

    JiraAccess access() {
        return new JiraAccess(jira.authentication, jira.globalPermissions, jira.permissions, jira.projectManager);
    }

    JiraProjects projects() {
        return new JiraProjects(jira.projectManager);
    }

    JiraUsers users() {
        return new JiraUsers(jira.userManager);
    }

    JiraIssueDirectory issueDirectory() {
        return new JiraIssueDirectory(jira.issueManager, jira.searchService, jira.permissions, jira.authentication,
                jira.userManager, new JiraIssueFacts(jira.customFields, new SiteSettings(new FakeHost())));
    }

    ClusterLocks locks(long waitSeconds) {
        return new ClusterLocks(jira.lockService, waitSeconds);
    }

    private static ProjectPermissionKey jiraPermission(Permission permission) {
        return switch (permission) {
            case BROWSE -> ProjectPermissions.BROWSE_PROJECTS;
            case ADMINISTER -> ProjectPermissions.ADMINISTER_PROJECTS;
            case EDIT_ISSUES -> ProjectPermissions.EDIT_ISSUES;
        };
    }
}
