package io.capokr.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.capokr.host.IssueDirectory;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IssueDirectory} answered by Jira, in bulk.
 * <ul>
 *   <li><b>By id:</b> one {@code IssueManager.getIssueObjects} call reads every issue from the database (Jira batches
 *   the SQL itself), then each issue is checked with {@code PermissionManager} for BROWSE_PROJECTS, which includes
 *   issue security.</li>
 *   <li><b>By key:</b> keys are resolved to ids with JQL {@code key IN (…)} run as the viewer, {@value #KEYS_PER_SEARCH}
 *   keys per search (the search result window is capped, so no search asks for more than a page), and the ids are
 *   then read as above. Running a query does not validate it: a key that matches no issue just returns nothing
 *   (unlike JQL typed by a user, where validation reports it). Should a search fail all the same, its keys are split
 *   in halves and searched again, so that one bad key cannot hide the others; a single key whose search fails counts
 *   as not found.</li>
 * </ul>
 * Unknown issues and issues the viewer may not see are absent alike.
 */
public class JiraIssueDirectory implements IssueDirectory {

    /** Keys per JQL search: well under any result window, and a modest IN list. */
    static final int KEYS_PER_SEARCH = 200;

    /** What any Jira issue key looks like once upper-cased: a project key, a dash, a number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("\\S+-[0-9]+");

    private static final Logger log = LoggerFactory.getLogger(JiraIssueDirectory.class);

    private final IssueManager issueManager;
    private final SearchService searchService;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;
    private final JiraIssueFacts issueFacts;

    public JiraIssueDirectory(IssueManager issueManager, SearchService searchService, PermissionManager permissionManager,
                              JiraAuthenticationContext authenticationContext, UserManager userManager,
                              JiraIssueFacts issueFacts) {
        this.issueManager = issueManager;
        this.searchService = searchService;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
        this.issueFacts = issueFacts;
    }

    @Override
    public Map<String, IssueFacts> visibleByKeys(Collection<String> keys, UserRef viewer) {
        List<String> wanted = normalisedKeys(keys);
        ApplicationUser user = wanted.isEmpty() ? null : jiraUser(viewer);
        if (user == null) {
            return Map.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (int from = 0; from < wanted.size(); from += KEYS_PER_SEARCH) {
            searchIds(wanted.subList(from, Math.min(from + KEYS_PER_SEARCH, wanted.size())), user, ids);
        }
        Map<String, IssueFacts> byKey = new LinkedHashMap<>();
        for (IssueFacts facts : visibleIssues(ids, user)) {
            byKey.put(facts.key(), facts);
        }
        return Collections.unmodifiableMap(byKey);
    }

    @Override
    public Map<Long, IssueFacts> visibleByIds(Collection<Long> ids, UserRef viewer) {
        Set<Long> wanted = new LinkedHashSet<>();
        ids.stream().filter(Objects::nonNull).forEach(wanted::add);
        ApplicationUser user = wanted.isEmpty() ? null : jiraUser(viewer);
        if (user == null) {
            return Map.of();
        }
        Map<Long, IssueFacts> byId = new LinkedHashMap<>();
        for (IssueFacts facts : visibleIssues(wanted, user)) {
            byId.put(facts.id(), facts);
        }
        return Collections.unmodifiableMap(byId);
    }

    /** One bulk read, then a permission check per issue. */
    private List<IssueFacts> visibleIssues(Collection<Long> ids, ApplicationUser user) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = issueManager.getIssueObjects(new ArrayList<>(ids));
        Function<Issue, IssueFacts> toFacts = issueFacts.converter();
        List<IssueFacts> visible = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            if (issue != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                visible.add(toFacts.apply(issue));
            }
        }
        return visible;
    }

    /** Adds to {@code into} the ids of the issues {@code user} can find among {@code keys}. */
    private void searchIds(List<String> keys, ApplicationUser user, Set<Long> into) {
        try {
            for (Issue issue : search(keys, user)) {
                into.add(issue.getId());
            }
        } catch (SearchException e) {
            if (keys.size() == 1) {
                log.debug("Issue search for {} failed; counting it as not found", keys.get(0), e);
                return;
            }
            log.debug("Issue search for {} keys failed; searching each half again", keys.size(), e);
            int half = keys.size() / 2;
            searchIds(keys.subList(0, half), user, into);
            searchIds(keys.subList(half, keys.size()), user, into);
        }
    }

    /** {@code key IN (keys)} as {@code user}, one page as large as the list: a key finds at most one issue. */
    private List<Issue> search(List<String> keys, ApplicationUser user) throws SearchException {
        JqlQueryBuilder builder = JqlQueryBuilder.newBuilder();
        builder.where().issue(keys.toArray(new String[0]));
        Query query = builder.buildQuery();
        List<Issue> found = searchService.search(user, query, new PagerFilter<Issue>(0, keys.size())).getResults();
        return found == null ? List.of() : found;
    }

    /** Keys as typed, upper-cased, without blanks, duplicates or strings that cannot be issue keys. */
    private static List<String> normalisedKeys(Collection<String> keys) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String key : keys) {
            if (key != null) {
                String upper = key.trim().toUpperCase(Locale.ROOT);
                if (ISSUE_KEY.matcher(upper).matches()) {
                    normalised.add(upper);
                }
            }
        }
        return new ArrayList<>(normalised);
    }

    /** The Jira user behind {@code viewer}: the caller when it is them, else looked up by key; null if unknown. */
    private ApplicationUser jiraUser(UserRef viewer) {
        ApplicationUser loggedIn = authenticationContext.getLoggedInUser();
        if (loggedIn != null && loggedIn.getKey().equals(viewer.key())) {
            return loggedIn;
        }
        return userManager.getUserByKey(viewer.key());
    }
}
