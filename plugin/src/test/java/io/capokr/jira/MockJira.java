package io.capokr.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.mockito.MockedStatic;

/**
 * A small fake Jira made of Mockito mocks of the Jira services the adapters use: users, projects and who holds which
 * project permission, Jira administrators, issues by id and who may browse each, the old keys of moved issues, a
 * search that answers {@code key IN (…)} as the searching user the way Jira's does (it matches old keys too, returns
 * issues under their current key, and misses issues not yet indexed), and cluster locks by name.
 * <p>
 * The search needs a static mock of {@link JqlQueryBuilder}, which holds for the thread that {@link #startSearch()
 * starts it} until {@link #close()}.
 */
final class MockJira implements AutoCloseable {

    final IssueManager issueManager = mock(IssueManager.class);
    final SearchService searchService = mock(SearchService.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final UserManager userManager = mock(UserManager.class);
    final ProjectManager projectManager = mock(ProjectManager.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    /** The site's "Story Points" field. */
    final CustomField storyPoints = mock(CustomField.class);
    final ClusterLockService lockService = mock(ClusterLockService.class);

    /** The fake Jira's issues, and who may browse each (project permission and issue security in one). */
    final Map<Long, Issue> issues = new LinkedHashMap<>();
    final Map<Long, Set<ApplicationUser>> browsers = new HashMap<>();
    /** Old keys of moved issues, to the issue's id. */
    final Map<String, Long> movedKeys = new HashMap<>();
    /** Issues in the database but not yet in this node's search index. */
    final Set<Long> notIndexed = new HashSet<>();
    /** Keys whose search fails, as a search with an invalid key may. */
    final Set<String> keysWhoseSearchFails = new HashSet<>();

    /** What the code asked Jira's search for, and the page size of each search. */
    final List<List<String>> searchedKeys = new ArrayList<>();
    final List<Integer> pageSizes = new ArrayList<>();

    private final Map<String, ApplicationUser> users = new HashMap<>();
    private final Set<ApplicationUser> administrators = new HashSet<>();
    private final Map<Long, Project> projects = new HashMap<>();
    private final Map<ApplicationUser, Map<Long, Set<ProjectPermissionKey>>> projectPermissions = new HashMap<>();
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();
    private MockedStatic<JqlQueryBuilder> queryBuilders;

    MockJira() {
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));
        when(userManager.getUserByKey(any())).thenAnswer(call -> users.get(call.<String>getArgument(0)));
        when(globalPermissions.hasPermission(eq(GlobalPermissionKey.ADMINISTER), any()))
                .thenAnswer(call -> administrators.contains(call.<ApplicationUser>getArgument(1)));
        when(projectManager.getProjectObj(any())).thenAnswer(call -> projects.get(call.<Long>getArgument(0)));
        when(projectManager.getProjectByCurrentKey(any())).thenAnswer(call -> projects.values().stream()
                .filter(project -> project.getKey().equals(call.getArgument(0))).findFirst().orElse(null));
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Project.class), any()))
                .thenAnswer(call -> projectPermissions.getOrDefault(call.<ApplicationUser>getArgument(2), Map.of())
                        .getOrDefault(call.<Project>getArgument(1).getId(), Set.of())
                        .contains(call.<ProjectPermissionKey>getArgument(0)));
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
                .thenAnswer(call -> browsers.getOrDefault(call.<Issue>getArgument(1).getId(), Set.of())
                        .contains(call.<ApplicationUser>getArgument(2)));
        when(issueManager.getIssueObjects(anyCollection())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(0);
            return ids.stream().filter(issues::containsKey).map(issues::get).collect(Collectors.toList());
        });
        when(issueManager.getIssueObject(anyString())).thenAnswer(call -> {
            String key = call.getArgument(0);
            Long moved = movedKeys.get(key.toUpperCase(Locale.ROOT));
            if (moved != null) {
                return issues.get(moved);
            }
            return issues.values().stream().filter(issue -> issue.getKey().equalsIgnoreCase(key)).findFirst().orElse(null);
        });
        when(lockService.getLockForName(anyString()))
                .thenAnswer(call -> locks.computeIfAbsent(call.getArgument(0), name -> new LocalClusterLock()));
    }

    /** A user Jira knows by {@code key}. */
    ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        users.put(key, user);
        return user;
    }

    /** Makes {@code user} (null: anonymous) the logged-in user. */
    void logIn(ApplicationUser user) {
        when(authentication.getLoggedInUser()).thenReturn(user);
    }

    void administrator(ApplicationUser user) {
        administrators.add(user);
    }

    Project project(long id, String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        projects.put(id, project);
        return project;
    }

    void grant(ApplicationUser user, Project project, ProjectPermissionKey... granted) {
        projectPermissions.computeIfAbsent(user, u -> new HashMap<>())
                .computeIfAbsent(project.getId(), id -> new HashSet<>()).addAll(List.of(granted));
    }

    /** Adds an issue, browsable by {@code browsedBy}; {@code categoryKey} is Jira's status category key. */
    MutableIssue issue(long id, String key, String summary, String categoryKey, Double points, long projectId,
                       ApplicationUser... browsedBy) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectId()).thenReturn(projectId);
        Status status = mock(Status.class);
        com.atlassian.jira.issue.status.category.StatusCategory category =
                mock(com.atlassian.jira.issue.status.category.StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(points);
        issues.put(id, issue);
        browsers.put(id, Set.of(browsedBy));
        return issue;
    }

    /** Lets {@link JqlQueryBuilder} build queries that the search understands, on this thread. */
    MockJira startSearch() throws SearchException {
        Map<Query, List<String>> queries = new HashMap<>();
        queryBuilders = mockStatic(JqlQueryBuilder.class);
        queryBuilders.when(JqlQueryBuilder::newBuilder).thenAnswer(newBuilder -> {
            JqlQueryBuilder builder = mock(JqlQueryBuilder.class);
            Query query = mock(Query.class);
            JqlClauseBuilder where = mock(JqlClauseBuilder.class, call -> {
                if (call.getMethod().getName().equals("issue")) {
                    queries.put(query, List.of((String[]) call.getRawArguments()[0]));
                }
                return call.getMock();
            });
            when(builder.where()).thenReturn(where);
            when(builder.buildQuery()).thenReturn(query);
            return builder;
        });
        when(searchService.search(any(ApplicationUser.class), any(Query.class), any(PagerFilter.class))).thenAnswer(call -> {
            ApplicationUser searcher = call.getArgument(0);
            List<String> keys = queries.get(call.<Query>getArgument(1));
            searchedKeys.add(keys);
            pageSizes.add(call.<PagerFilter<?>>getArgument(2).getMax());
            if (keys.stream().anyMatch(keysWhoseSearchFails::contains)) {
                throw new SearchException("The issue key is invalid");
            }
            Set<String> wanted = keys.stream().map(key -> key.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            Set<Long> movedIds = wanted.stream().filter(movedKeys::containsKey).map(movedKeys::get).collect(Collectors.toSet());
            List<Issue> found = issues.values().stream()
                    .filter(issue -> !notIndexed.contains(issue.getId()))
                    .filter(issue -> wanted.contains(issue.getKey().toUpperCase(Locale.ROOT)) || movedIds.contains(issue.getId()))
                    .filter(issue -> browsers.getOrDefault(issue.getId(), Set.of()).contains(searcher))
                    .collect(Collectors.toList());
            @SuppressWarnings("unchecked")
            SearchResults<Issue> results = mock(SearchResults.class);
            when(results.getResults()).thenReturn(found);
            return results;
        });
        return this;
    }

    @Override
    public void close() {
        if (queryBuilders != null) {
            queryBuilders.close();
            queryBuilders = null;
        }
    }

    /** A cluster lock on one node: one per name, as Jira's lock service gives the same lock for the same name. */
    private static final class LocalClusterLock extends ReentrantLock implements ClusterLock {
        private static final long serialVersionUID = 1L;
    }
}
