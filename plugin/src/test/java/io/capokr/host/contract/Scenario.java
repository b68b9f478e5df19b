package io.capokr.host.contract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capokr.okr.IssueFacts;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.UserRef;

/**
 * The one world every implementation of the host ports is put into for the contracts: the sandbox's sample tracker
 * (sandbox/README.md), so the sandbox runs the contracts unchanged and the test host and the Jira adapters are set up
 * to match. Four users, two projects, twelve issues, two of them under issue security.
 *
 * <table>
 *   <caption>Who may do what</caption>
 *   <tr><th>user</th><th>MKT</th><th>SALES</th></tr>
 *   <tr><td>admin (Jira administrator)</td><td>browse, administer, edit issues</td><td>browse, administer, edit issues</td></tr>
 *   <tr><td>lead</td><td>browse, administer, edit issues</td><td>nothing</td></tr>
 *   <tr><td>member</td><td>browse, edit issues</td><td>browse</td></tr>
 *   <tr><td>outsider</td><td>browse</td><td>nothing</td></tr>
 * </table>
 * MKT-6 is seen only by lead and admin, SALES-6 only by admin, whoever else browses their project.
 */
public final class Scenario {

    public static final UserRef ADMIN = new UserRef("admin", "Ada Admin");
    public static final UserRef LEAD = new UserRef("lead", "Luc Lead");
    public static final UserRef MEMBER = new UserRef("member", "Mia Member");
    public static final UserRef OUTSIDER = new UserRef("outsider", "Oscar Outsider");
    public static final List<UserRef> USERS = List.of(ADMIN, LEAD, MEMBER, OUTSIDER);
    /** A user key the host does not know. */
    public static final UserRef GHOST = new UserRef("ghost", "Gone Ghost");

    public static final ProjectRef MKT = new ProjectRef(10000, "MKT", "Marketing");
    public static final ProjectRef SALES = new ProjectRef(10001, "SALES", "Sales");
    public static final List<ProjectRef> PROJECTS = List.of(MKT, SALES);
    /** A project the host does not know: neither its id nor its key exists. */
    public static final ProjectRef NO_SUCH_PROJECT = new ProjectRef(99999, "NOPE", "Nowhere");

    /** What a user may do in a project, as far as the ports ask. */
    public enum Permission { BROWSE, ADMINISTER, EDIT_ISSUES }

    /** The permissions of each user in each project, by user key then project key; absent means none. */
    public static final Map<String, Map<String, Set<Permission>>> GRANTS = Map.of(
            ADMIN.key(), Map.of(MKT.key(), Set.of(Permission.values()), SALES.key(), Set.of(Permission.values())),
            LEAD.key(), Map.of(MKT.key(), Set.of(Permission.values())),
            MEMBER.key(), Map.of(MKT.key(), Set.of(Permission.BROWSE, Permission.EDIT_ISSUES),
                    SALES.key(), Set.of(Permission.BROWSE)),
            OUTSIDER.key(), Map.of(MKT.key(), Set.of(Permission.BROWSE)));

    /** The only Jira administrator. */
    public static final Set<String> ADMINISTRATORS = Set.of(ADMIN.key());

    public static final IssueFacts MKT_1 = issue(10100, "MKT-1", "Launch the spring campaign landing page", StatusCategory.DONE, 5.0, MKT);
    public static final IssueFacts MKT_2 = issue(10101, "MKT-2", "Write three customer case studies", StatusCategory.IN_PROGRESS, 8.0, MKT);
    public static final IssueFacts MKT_3 = issue(10102, "MKT-3", "Set up A/B tests for the newsletter", StatusCategory.TO_DO, 3.0, MKT);
    public static final IssueFacts MKT_4 = issue(10103, "MKT-4", "Refresh the brand guidelines", StatusCategory.DONE, 2.0, MKT);
    public static final IssueFacts MKT_5 = issue(10104, "MKT-5", "Plan the trade-show booth", StatusCategory.IN_PROGRESS, 5.0, MKT);
    /** Under issue security "Leadership": lead and admin only. */
    public static final IssueFacts MKT_6 = issue(10105, "MKT-6", "Audit SEO of the product pages", StatusCategory.TO_DO, null, MKT);
    public static final IssueFacts SALES_1 = issue(10106, "SALES-1", "Qualify inbound leads from the webinar", StatusCategory.DONE, 3.0, SALES);
    public static final IssueFacts SALES_2 = issue(10107, "SALES-2", "Build a pricing calculator for reps", StatusCategory.IN_PROGRESS, 8.0, SALES);
    public static final IssueFacts SALES_3 = issue(10108, "SALES-3", "Train the team on the new CRM stages", StatusCategory.DONE, 2.0, SALES);
    public static final IssueFacts SALES_4 = issue(10109, "SALES-4", "Prepare the partner deck", StatusCategory.TO_DO, 3.0, SALES);
    public static final IssueFacts SALES_5 = issue(10110, "SALES-5", "Renegotiate the ten largest renewals", StatusCategory.IN_PROGRESS, 13.0, SALES);
    /** Under issue security "Confidential": admin only. */
    public static final IssueFacts SALES_6 = issue(10111, "SALES-6", "Write the objection-handling playbook", StatusCategory.TO_DO, null, SALES);

    public static final List<IssueFacts> ISSUES = List.of(MKT_1, MKT_2, MKT_3, MKT_4, MKT_5, MKT_6,
            SALES_1, SALES_2, SALES_3, SALES_4, SALES_5, SALES_6);

    /** Issue security: the issues that carry a level, to the keys of the users in that level. */
    public static final Map<Long, Set<String>> SECURITY = Map.of(
            MKT_6.id(), Set.of(LEAD.key(), ADMIN.key()),
            SALES_6.id(), Set.of(ADMIN.key()));

    /** An issue id and key no issue has. */
    public static final long NO_SUCH_ISSUE_ID = 99999;
    public static final String NO_SUCH_ISSUE_KEY = "MKT-99";

    private Scenario() {
    }

    public static boolean granted(String userKey, ProjectRef project, Permission permission) {
        return GRANTS.getOrDefault(userKey, Map.of()).getOrDefault(project.key(), Set.of()).contains(permission);
    }

    /** Jira's rule: browse the issue's project, and be in its security level if it has one. */
    public static boolean canSee(String userKey, IssueFacts issue) {
        ProjectRef project = project(issue.projectId());
        Set<String> level = SECURITY.get(issue.id());
        return granted(userKey, project, Permission.BROWSE) && (level == null || level.contains(userKey));
    }

    public static ProjectRef project(long id) {
        return PROJECTS.stream().filter(project -> project.id() == id).findFirst().orElseThrow();
    }

    /** The facts of the given issues, by key. */
    public static Map<String, IssueFacts> byKey(IssueFacts... issues) {
        return List.of(issues).stream().collect(Collectors.toMap(IssueFacts::key, Function.identity()));
    }

    /** The facts of the given issues, by id. */
    public static Map<Long, IssueFacts> byId(IssueFacts... issues) {
        return List.of(issues).stream().collect(Collectors.toMap(IssueFacts::id, Function.identity()));
    }

    private static IssueFacts issue(long id, String key, String summary, StatusCategory category, Double points,
                                    ProjectRef project) {
        return new IssueFacts(id, key, summary, category, points, project.id());
    }
}
