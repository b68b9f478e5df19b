package io.capokr.sandbox.host;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample issue tracker that stands in for Jira: users, projects, issues and who may do what, kept in
 * memory. Two departments (Marketing and Sales) and four users whose rights differ in the ways the app's
 * permission rules care about. Issue statuses can change, as tests of progress from issues will need.
 */
public final class SampleTracker {

    /** A user; as in a fresh Jira, the user key is the username. */
    public record User(String key, String displayName, boolean administrator) {
    }

    public record Project(long id, String key, String name, String leadKey) {
    }

    /** Jira's three status categories, by their keys. */
    public enum StatusCategory {
        NEW("new"), INDETERMINATE("indeterminate"), DONE("done");

        private final String key;

        StatusCategory(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** An issue; story points are null when nobody estimated it. */
    public record Issue(long id, String key, long projectId, String summary, String statusName,
                        StatusCategory statusCategory, Double storyPoints) {
    }

    /** The project permissions the app asks about. */
    public enum ProjectPermission {
        BROWSE_PROJECTS, ADMINISTER_PROJECTS, EDIT_ISSUES
    }

    public static final String ADMIN = "admin";
    public static final String LEAD = "lead";
    public static final String MEMBER = "member";
    public static final String OUTSIDER = "outsider";
    public static final String MARKETING = "MKT";
    public static final String SALES = "SALES";

    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<ProjectPermission>>> permissions = new LinkedHashMap<>();
    /** The only thing that changes after start-up, so the only concurrent map. */
    private final Map<String, Issue> issues = new ConcurrentHashMap<>();

    public SampleTracker() {
        addUser(new User(ADMIN, "Ada Admin", true));
        addUser(new User(LEAD, "Luc Lead", false));
        addUser(new User(MEMBER, "Mia Member", false));
        addUser(new User(OUTSIDER, "Oscar Outsider", false));

        Project marketing = addProject(new Project(10000, MARKETING, "Marketing", LEAD));
        Project sales = addProject(new Project(10001, SALES, "Sales", ADMIN));

        grant(ADMIN, MARKETING, ProjectPermission.values());
        grant(ADMIN, SALES, ProjectPermission.values());
        grant(LEAD, MARKETING, ProjectPermission.values());
        grant(MEMBER, MARKETING, ProjectPermission.BROWSE_PROJECTS, ProjectPermission.EDIT_ISSUES);
        grant(MEMBER, SALES, ProjectPermission.BROWSE_PROJECTS);
        grant(OUTSIDER, MARKETING, ProjectPermission.BROWSE_PROJECTS);

        long id = 10100;
        addIssue(new Issue(id++, "MKT-1", marketing.id(), "Launch the spring campaign landing page", "Done", StatusCategory.DONE, 5.0));
        addIssue(new Issue(id++, "MKT-2", marketing.id(), "Write three customer case studies", "In Progress", StatusCategory.INDETERMINATE, 8.0));
        addIssue(new Issue(id++, "MKT-3", marketing.id(), "Set up A/B tests for the newsletter", "To Do", StatusCategory.NEW, 3.0));
        addIssue(new Issue(id++, "MKT-4", marketing.id(), "Refresh the brand guidelines", "Done", StatusCategory.DONE, 2.0));
        addIssue(new Issue(id++, "MKT-5", marketing.id(), "Plan the trade-show booth", "In Review", StatusCategory.INDETERMINATE, 5.0));
        addIssue(new Issue(id++, "MKT-6", marketing.id(), "Audit SEO of the product pages", "To Do", StatusCategory.NEW, null));
        addIssue(new Issue(id++, "SALES-1", sales.id(), "Qualify inbound leads from the webinar", "Done", StatusCategory.DONE, 3.0));
        addIssue(new Issue(id++, "SALES-2", sales.id(), "Build a pricing calculator for reps", "In Progress", StatusCategory.INDETERMINATE, 8.0));
        addIssue(new Issue(id++, "SALES-3", sales.id(), "Train the team on the new CRM stages", "Done", StatusCategory.DONE, 2.0));
        addIssue(new Issue(id++, "SALES-4", sales.id(), "Prepare the partner deck", "To Do", StatusCategory.NEW, 3.0));
        addIssue(new Issue(id++, "SALES-5", sales.id(), "Renegotiate the ten largest renewals", "In Progress", StatusCategory.INDETERMINATE, 13.0));
        addIssue(new Issue(id, "SALES-6", sales.id(), "Write the objection-handling playbook", "To Do", StatusCategory.NEW, null));
    }

    public List<User> users() {
        return List.copyOf(users.values());
    }

    public Optional<User> user(String key) {
        return Optional.ofNullable(key == null ? null : users.get(key));
    }

    public List<Project> projects() {
        return List.copyOf(projects.values());
    }

    /** By current key, case-sensitive as Jira's ProjectManager.getProjectByCurrentKey. */
    public Optional<Project> project(String key) {
        return Optional.ofNullable(key == null ? null : projects.get(key));
    }

    public Optional<Project> project(long id) {
        return projects.values().stream().filter(project -> project.id() == id).findFirst();
    }

    public boolean hasPermission(String userKey, long projectId, ProjectPermission permission) {
        return project(projectId)
                .map(project -> permissions.getOrDefault(userKey, Map.of()).getOrDefault(project.key(), Set.of()))
                .map(granted -> granted.contains(permission))
                .orElse(false);
    }

    /** The issues of a project, by key order. */
    public List<Issue> issues(String projectKey) {
        return project(projectKey)
                .map(project -> issues.values().stream()
                        .filter(issue -> issue.projectId() == project.id())
                        .sorted((a, b) -> Long.compare(a.id(), b.id()))
                        .toList())
                .orElse(List.of());
    }

    public Optional<Issue> issue(String key) {
        return Optional.ofNullable(key == null ? null : issues.get(key));
    }

    /** Moves an issue to another status, as a workflow transition would. */
    public Issue transition(String issueKey, String statusName, StatusCategory category) {
        return issues.compute(issueKey, (key, issue) -> {
            if (issue == null) {
                throw new IllegalArgumentException("No issue " + issueKey);
            }
            return new Issue(issue.id(), issue.key(), issue.projectId(), issue.summary(), statusName, category, issue.storyPoints());
        });
    }

    private void addUser(User user) {
        users.put(user.key(), user);
    }

    private Project addProject(Project project) {
        projects.put(project.key(), project);
        return project;
    }

    private void grant(String userKey, String projectKey, ProjectPermission... granted) {
        permissions.computeIfAbsent(userKey, key -> new LinkedHashMap<>())
                .computeIfAbsent(projectKey, key -> EnumSet.noneOf(ProjectPermission.class))
                .addAll(List.of(granted));
    }

    private void addIssue(Issue issue) {
        issues.put(issue.key(), issue);
    }
}
