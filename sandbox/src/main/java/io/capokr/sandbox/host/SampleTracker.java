package io.capokr.sandbox.host;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.capokr.okr.IssueFacts;

/**
 * The sample issue tracker that stands in for Jira: users, projects, issues and who may do what, kept in
 * memory. Two departments (Marketing and Sales) and four users whose rights differ in the ways the app's
 * permission rules care about. Twenty issues per project, in every status: MKT-1..6 and SALES-1..6 are the
 * ones tests rely on (ids 10100..10111, never to change), the rest (ids from 10112) fill the demo.
 *
 * <p>Issues can move through a small workflow and be deleted. Like Jira's {@code EventPublisher}, the tracker
 * then tells its subscribers ({@link IssueEvents}), after the change, on the caller's thread: that is how
 * the plugin's {@code IssueSync} hears of it, the same code path as under Jira's issue event listener.
 *
 * <p>Two issues carry an issue security level, so that tests can prove restricted issues are counted but
 * never named: MKT-6 is visible only to {@code lead} and {@code admin} (members and outsiders browse MKT but
 * do not see it), SALES-6 only to {@code admin} (the member browses SALES but does not see it).
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

        /** The plugin's name for this category, mapped from Jira's key as the Jira adapter maps it. */
        public io.capokr.okr.StatusCategory toOkr() {
            return io.capokr.okr.StatusCategory.fromJiraKey(key);
        }

        public static StatusCategory of(io.capokr.okr.StatusCategory category) {
            return Arrays.stream(values()).filter(value -> value.key.equals(category.jiraKey())).findFirst()
                    .orElseThrow();
        }
    }

    /** A status of the sample workflow, shared by both projects. */
    public record Status(String name, StatusCategory category) {
    }

    /**
     * The sample workflow as each tracker starts with it; the first status of each category is the one a move "to the
     * category" picks. An administrator may change a status's category afterwards ({@link #changeCategory}): that is
     * per tracker, and {@link #workflow()} tells how it stands.
     */
    public static final List<Status> WORKFLOW = List.of(
            new Status("To Do", StatusCategory.NEW),
            new Status("In Progress", StatusCategory.INDETERMINATE),
            new Status("In Review", StatusCategory.INDETERMINATE),
            new Status("Done", StatusCategory.DONE),
            new Status("Won't Do", StatusCategory.DONE));

    /** An issue security level: only its members see the issues that carry it (if they may browse the project). */
    public record SecurityLevel(String name, Set<String> memberKeys) {

        public SecurityLevel {
            memberKeys = Set.copyOf(memberKeys);
        }
    }

    /** An issue; story points are null when nobody estimated it, security is null when anyone browsing may see it. */
    public record Issue(long id, String key, long projectId, String summary, Status status, Double storyPoints,
                        SecurityLevel security) {

        /** What the plugin's {@code IssueDirectory} and {@code IssueSync} know of it. */
        public IssueFacts facts() {
            return new IssueFacts(id, key, summary, status.category().toOkr(), storyPoints, projectId);
        }

        Issue withStatus(Status newStatus) {
            return new Issue(id, key, projectId, summary, newStatus, storyPoints, security);
        }

        Issue withSummary(String newSummary) {
            return new Issue(id, key, projectId, newSummary, status, storyPoints, security);
        }
    }

    /** What Jira's issue events say, as far as the app listens. Called after the change, on the changing thread. */
    public interface IssueEvents {

        /** The issue was created, edited or transitioned: {@code issue} is how it is now. */
        void issueChanged(Issue issue);

        /** The issue was deleted: {@code issue} is how it was. */
        void issueDeleted(Issue issue);
    }

    /** Ends a subscription, as unregistering a listener from Jira's EventPublisher does. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** The project permissions the app (and the sandbox's own issue endpoint) asks about. */
    public enum ProjectPermission {
        BROWSE_PROJECTS, ADMINISTER_PROJECTS, EDIT_ISSUES, TRANSITION_ISSUES, DELETE_ISSUES
    }

    public static final String ADMIN = "admin";
    public static final String LEAD = "lead";
    public static final String MEMBER = "member";
    public static final String OUTSIDER = "outsider";
    public static final String MARKETING = "MKT";
    public static final String SALES = "SALES";
    /** Keys of the load-test projects: LOAD1, LOAD2… ({@link #addLoadProjects}). */
    public static final String LOAD_PREFIX = "LOAD";

    /** MKT-6's level: the Marketing lead and the administrator. */
    public static final SecurityLevel LEADERSHIP = new SecurityLevel("Leadership", Set.of(LEAD, ADMIN));
    /** SALES-6's level: the administrator only. */
    public static final SecurityLevel CONFIDENTIAL = new SecurityLevel("Confidential", Set.of(ADMIN));

    private static final Comparator<Issue> BY_PROJECT_THEN_NUMBER = Comparator.comparingLong(Issue::projectId)
            .thenComparingInt(issue -> Integer.parseInt(issue.key().substring(issue.key().lastIndexOf('-') + 1)));

    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<ProjectPermission>>> permissions = new LinkedHashMap<>();
    /** Issues by key; with the subscribers, the only things that change after start-up. */
    private final Map<String, Issue> issues = new ConcurrentHashMap<>();
    /** The key of each issue id, for lookups by id: a scan of every issue is too slow at the benchmark's 150,000. */
    private final Map<Long, String> keysById = new ConcurrentHashMap<>();
    private final List<IssueEvents> subscribers = new CopyOnWriteArrayList<>();
    /**
     * The workflow as it stands, in {@link #WORKFLOW}'s order: replaced whole (under {@link #changes}) when a status
     * changes category, so that readers see it before or after, never half-changed.
     */
    private volatile List<Status> workflow = WORKFLOW;
    /** Changes and their events are made one at a time, so subscribers hear them in the order they happened. */
    private final Object changes = new Object();

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
        grant(MEMBER, MARKETING, ProjectPermission.BROWSE_PROJECTS, ProjectPermission.EDIT_ISSUES,
                ProjectPermission.TRANSITION_ISSUES);
        grant(MEMBER, SALES, ProjectPermission.BROWSE_PROJECTS);
        grant(OUTSIDER, MARKETING, ProjectPermission.BROWSE_PROJECTS);

        long id = 10100;
        addIssue(new Issue(id++, "MKT-1", marketing.id(), "Launch the spring campaign landing page", named("Done"), 5.0, null));
        addIssue(new Issue(id++, "MKT-2", marketing.id(), "Write three customer case studies", named("In Progress"), 8.0, null));
        addIssue(new Issue(id++, "MKT-3", marketing.id(), "Set up A/B tests for the newsletter", named("To Do"), 3.0, null));
        addIssue(new Issue(id++, "MKT-4", marketing.id(), "Refresh the brand guidelines", named("Done"), 2.0, null));
        addIssue(new Issue(id++, "MKT-5", marketing.id(), "Plan the trade-show booth", named("In Review"), 5.0, null));
        addIssue(new Issue(id++, "MKT-6", marketing.id(), "Audit SEO of the product pages", named("To Do"), null, LEADERSHIP));
        addIssue(new Issue(id++, "SALES-1", sales.id(), "Qualify inbound leads from the webinar", named("Done"), 3.0, null));
        addIssue(new Issue(id++, "SALES-2", sales.id(), "Build a pricing calculator for reps", named("In Progress"), 8.0, null));
        addIssue(new Issue(id++, "SALES-3", sales.id(), "Train the team on the new CRM stages", named("Done"), 2.0, null));
        addIssue(new Issue(id++, "SALES-4", sales.id(), "Prepare the partner deck", named("To Do"), 3.0, null));
        addIssue(new Issue(id++, "SALES-5", sales.id(), "Renegotiate the ten largest renewals", named("In Progress"), 13.0, null));
        addIssue(new Issue(id++, "SALES-6", sales.id(), "Write the objection-handling playbook", named("To Do"), null, CONFIDENTIAL));

        // The demo's backlog (ids from 10112 on): the marketing and sales work of an IT services company of
        // about 40 people, in every status of the workflow. None carries a security level.
        id = addIssues(marketing, 7, id,
                "Publish the IT buyer's guide as a gated e-book", "Done", 5.0,
                "Set up lead scoring in the marketing automation tool", "Done", 8.0,
                "Run the LinkedIn campaign for IT directors", "In Progress", 5.0,
                "Record the cybersecurity webinar", "Done", 3.0,
                "Write the six-email nurturing sequence", "In Review", 5.0,
                "Write the managed-services offer page", "Done", 3.0,
                "Design the pricing sheet for the new offer", "In Review", 2.0,
                "Produce the launch video", "In Progress", 8.0,
                "Brief the sales team on the new offer", "To Do", 2.0,
                "Prepare the launch press release", "To Do", 3.0,
                "Sponsor the regional tech meetup", "Won't Do", 3.0,
                "Redesign the contact form", "Done", 2.0,
                "Add live chat to the pricing page", "To Do", null,
                "Film two client testimonial videos", "In Progress", 5.0);
        addIssues(sales, 7, id,
                "Agree on lead qualification criteria with marketing", "Done", 3.0,
                "Answer inbound leads within 24 hours", "Done", 5.0,
                "Create proposal templates for each service line", "In Review", 5.0,
                "Write down discovery-call best practices", "In Progress", 3.0,
                "Follow up on dormant opportunities", "In Progress", 8.0,
                "Map the renewal calendar for next year", "Done", 2.0,
                "Call every client renewing in the next 90 days", "In Progress", 8.0,
                "Launch the customer satisfaction survey", "Done", 3.0,
                "Hold business reviews with the top ten clients", "To Do", 13.0,
                "Offer a loyalty discount on multi-year contracts", "Won't Do", 2.0,
                "Set up churn alerts in the CRM", "In Review", 5.0,
                "Build the account health dashboard", "To Do", 5.0,
                "Draft the regional partner program", "To Do", null,
                "Train account managers on upselling managed services", "Done", 3.0);
    }

    /**
     * Load-test projects (the benchmark's, issue 11): {@code projects} projects LOAD1, LOAD2… ("Load 1"…), each with
     * {@code issuesPerProject} issues, LOAD1-1 on, in every status of the workflow (a third done) with story points,
     * none restricted. Made the same on every start, as the sample issues are. The admin and the lead administer
     * them; the member browses, edits and transitions in them. Ids start above every sample issue's.
     */
    public void addLoadProjects(int projects, int issuesPerProject) {
        long id = 1_000_000;
        for (int number = 1; number <= projects; number++) {
            Project project = addProject(new Project(20_000L + number, LOAD_PREFIX + number, "Load " + number, LEAD));
            grant(ADMIN, project.key(), ProjectPermission.values());
            grant(LEAD, project.key(), ProjectPermission.values());
            grant(MEMBER, project.key(), ProjectPermission.BROWSE_PROJECTS, ProjectPermission.EDIT_ISSUES,
                    ProjectPermission.TRANSITION_ISSUES);
            for (int issue = 1; issue <= issuesPerProject; issue++) {
                Status status = WORKFLOW.get(issue % 3 == 0 ? 3 : issue % 3 == 1 ? 0 : 1);
                addIssue(new Issue(id++, project.key() + "-" + issue, project.id(), "Load issue " + issue + " of "
                        + project.name(), status, (double) (1 + issue % 8), null));
            }
        }
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

    /** Jira's rule for seeing an issue: browse its project, and be in its security level if it has one. */
    public boolean canSee(String userKey, Issue issue) {
        return userKey != null
                && hasPermission(userKey, issue.projectId(), ProjectPermission.BROWSE_PROJECTS)
                && (issue.security() == null || issue.security().memberKeys().contains(userKey));
    }

    /** Every issue, by project then number, whoever may see it. */
    public List<Issue> issues() {
        return issues.values().stream().sorted(BY_PROJECT_THEN_NUMBER).toList();
    }

    /** The issues of a project, by key order. */
    public List<Issue> issues(String projectKey) {
        return project(projectKey)
                .map(project -> issues().stream().filter(issue -> issue.projectId() == project.id()).toList())
                .orElse(List.of());
    }

    /** By key, ignoring case as Jira's issue keys do. */
    public Optional<Issue> issue(String key) {
        return Optional.ofNullable(key == null ? null : issues.get(key.trim().toUpperCase(Locale.ROOT)));
    }

    public Optional<Issue> issue(long id) {
        String key = keysById.get(id);
        return Optional.ofNullable(key == null ? null : issues.get(key));
    }

    /** The statuses of the workflow as it stands, with their categories now. */
    public List<Status> workflow() {
        return workflow;
    }

    /** The workflow status with this name, ignoring case, with its category now. */
    public Optional<Status> status(String name) {
        return name == null ? Optional.empty() : workflow.stream()
                .filter(status -> status.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The status an issue moved "to a category" lands in: the category's first in the workflow, if it has any now. */
    public Optional<Status> firstStatusOf(StatusCategory category) {
        return workflow.stream().filter(status -> status.category() == category).findFirst();
    }

    /**
     * Puts a status in another category, as a Jira administrator editing the workflow's status does: every issue in
     * that status is then in the new category, and <em>no</em> issue event is published, as Jira publishes none (DESIGN
     * §7), so that the app's copies drift until the reconcile repairs them. Like moves, it lasts until the sandbox
     * restarts: a new tracker starts with {@link #WORKFLOW} and republishes its issues.
     *
     * @return the status as it now is
     * @throws IllegalArgumentException when the workflow has no status of that name
     */
    public Status changeCategory(String statusName, StatusCategory category) {
        synchronized (changes) {
            Status current = status(statusName)
                    .orElseThrow(() -> new IllegalArgumentException("No status " + statusName + " in the sample workflow"));
            Status changed = new Status(current.name(), category);
            workflow = workflow.stream().map(status -> status.equals(current) ? changed : status).toList();
            issues.values().stream().filter(issue -> issue.status().equals(current))
                    .forEach(issue -> issues.put(issue.key(), issue.withStatus(changed)));
            return changed;
        }
    }

    /**
     * Moves an issue to another status of the workflow, as a transition would, then publishes the change.
     * A move to the status it already has is still an update, and still published, as Jira fires an event.
     *
     * @throws IllegalArgumentException when there is no such issue
     */
    public Issue transition(String issueKey, Status status) {
        return transition(issueKey, status, true);
    }

    /**
     * The same move, published or not: {@code publish} false is an update made without dispatching an event, as
     * Jira's APIs allow (and as a workflow whose status changes category amounts to), so that the app's copy drifts
     * until the reconcile repairs it.
     */
    public Issue transition(String issueKey, Status status, boolean publish) {
        synchronized (changes) {
            // By name, as Jira knows a status by its id: the category is the one the status has now.
            Status target = workflow.stream().filter(known -> known.name().equals(status.name())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No status " + status + " in the sample workflow"));
            Issue current = issue(issueKey).orElseThrow(() -> new IllegalArgumentException("No issue " + issueKey));
            Issue moved = current.withStatus(target);
            issues.put(moved.key(), moved);
            if (publish) {
                subscribers.forEach(subscriber -> subscriber.issueChanged(moved));
            }
            return moved;
        }
    }

    /** Edits an issue's summary, as a user editing it in Jira would, then publishes the change. */
    public Issue editSummary(String issueKey, String summary) {
        synchronized (changes) {
            Issue current = issue(issueKey).orElseThrow(() -> new IllegalArgumentException("No issue " + issueKey));
            Issue edited = current.withSummary(summary);
            issues.put(edited.key(), edited);
            subscribers.forEach(subscriber -> subscriber.issueChanged(edited));
            return edited;
        }
    }

    /**
     * Deletes an issue, then publishes the deletion.
     *
     * @throws IllegalArgumentException when there is no such issue
     */
    public Issue delete(String issueKey) {
        synchronized (changes) {
            Issue deleted = issue(issueKey).orElseThrow(() -> new IllegalArgumentException("No issue " + issueKey));
            issues.remove(deleted.key());
            keysById.remove(deleted.id());
            subscribers.forEach(subscriber -> subscriber.issueDeleted(deleted));
            return deleted;
        }
    }

    /** Publishes every issue as changed: how a new subscriber catches up with a tracker that forgot a restart. */
    public void republishAll() {
        synchronized (changes) {
            issues().forEach(issue -> subscribers.forEach(subscriber -> subscriber.issueChanged(issue)));
        }
    }

    /** Tells {@code subscriber} of every change from now on, until the subscription is closed. */
    public Subscription subscribe(IssueEvents subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
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
        keysById.put(issue.id(), issue.key());
    }

    /** Issues numbered from {@code number} on, given as summary, status name, story points; returns the next id. */
    private long addIssues(Project project, int number, long id, Object... summaryStatusPoints) {
        for (int i = 0; i < summaryStatusPoints.length; i += 3) {
            addIssue(new Issue(id++, project.key() + "-" + number++, project.id(), (String) summaryStatusPoints[i],
                    named((String) summaryStatusPoints[i + 1]), (Double) summaryStatusPoints[i + 2], null));
        }
        return id;
    }

    private static Status named(String name) {
        return WORKFLOW.stream().filter(status -> status.name().equals(name)).findFirst().orElseThrow();
    }
}
