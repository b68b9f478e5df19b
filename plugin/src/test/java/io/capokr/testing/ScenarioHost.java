package io.capokr.testing;

import java.util.Map;
import java.util.Set;

import io.capokr.host.contract.Scenario;
import io.capokr.host.contract.Scenario.Permission;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/** Builds a {@link FakeHost} set up as the contracts' {@link Scenario}. */
final class ScenarioHost {

    private ScenarioHost() {
    }

    static FakeHost build() {
        FakeHost host = new FakeHost();
        for (UserRef user : Scenario.USERS) {
            host.user(user.key(), user.displayName());
        }
        Scenario.ADMINISTRATORS.forEach(host::administrator);
        for (ProjectRef project : Scenario.PROJECTS) {
            host.project(project.id(), project.key(), project.name(), holders(project, Permission.BROWSE));
            for (String admin : holders(project, Permission.ADMINISTER)) {
                host.projectAdmin(project.key(), admin);
            }
            for (String editor : holders(project, Permission.EDIT_ISSUES)) {
                host.editor(project.key(), editor);
            }
        }
        for (IssueFacts issue : Scenario.ISSUES) {
            host.issue(issue);
        }
        for (Map.Entry<Long, Set<String>> level : Scenario.SECURITY.entrySet()) {
            host.restrictIssue(level.getKey(), level.getValue().toArray(new String[0]));
        }
        return host;
    }

    private static String[] holders(ProjectRef project, Permission permission) {
        return Scenario.USERS.stream().map(UserRef::key)
                .filter(user -> Scenario.granted(user, project, permission)).toArray(String[]::new);
    }
}
