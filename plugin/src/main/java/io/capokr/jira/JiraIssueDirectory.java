package io.capokr.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

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
import io.capokr.okr.IssueKeys;
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
 *   keys per search (the search result window is capped, so no search asks for more than a page), and the ids of the
 *   issues whose <em>current</em> key was asked are then read as above. Running a query does not validate it: a key
 *   that matches no issue just returns nothing (unlike JQL typed by a user, where validation reports it). Should a
 *   search fail all the same, its keys are split in halves and searched again, so that one bad key cannot hide the
 *   others.</li>
 *   <li><b>Leftover keys:</b> a key the search did not match by an issue's current key may still name a visible
 *   issue: an old key of an issue moved to another project ({@code key IN} matches old keys too, but the issue then
 *   comes back under its new key), or an issue created a moment ago on another cluster node, not yet in this node's
 *   index. Each such key is read with {@code IssueManager.getIssueObject(String)}, which also resolves old keys, and
 *   checked for BROWSE_PROJECTS like the others. That is one database read per leftover key; normally there are
 *   none (the keys a user types are current and indexed), so the main path stays bulk.</li>
 * </ul>
 * The map by key is keyed by each key as given (trimmed, upper-cased), and its values carry the issue's current key:
 * an old key and the current key of one issue are both present, with the same facts. Unknown issues and issues the
 * viewer may not see are absent alike.
 */
public class JiraIssueDirectory implements IssueDirectory {

    /** Keys per JQL search: well under any result window, and a modest IN list. */
    static final int KEYS_PER_SEARCH = 200;

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
        Map<String, Long> idsByCurrentKey = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += KEYS_PER_SEARCH) {
            searchIds(wanted.subList(from, Math.min(from + KEYS_PER_SEARCH, wanted.size())), user, idsByCurrentKey);
        }
        Set<Long> matchedIds = new LinkedHashSet<>();
        for (String key : wanted) {
            Long id = idsByCurrentKey.get(key);
            if (id != null) {
                matchedIds.add(id);
            }
        }
        Function<Issue, IssueFacts> toFacts = issueFacts.converter();
        Map<Long, IssueFacts> matched = new HashMap<>();
        for (IssueFacts facts : visibleIssues(matchedIds, user, toFacts)) {
            matched.put(facts.id(), facts);
        }
        Map<String, IssueFacts> byKey = new LinkedHashMap<>();
        for (String key : wanted) {
            Long id = idsByCurrentKey.get(key);
            // Keys the search matched by current key come from the one bulk read; the rest, one by one (rare).
            IssueFacts facts = id != null ? matched.get(id) : visibleLeftover(key, user, toFacts);
            if (facts != null) {
                byKey.put(key, facts);
            }
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
        for (IssueFacts facts : visibleIssues(wanted, user, null)) {
            byId.put(facts.id(), facts);
        }
        return Collections.unmodifiableMap(byId);
    }

    /** One bulk read and no permission check: the system's own upkeep (see the port). */
    @Override
    public Map<Long, IssueFacts> factsByIds(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Function<Issue, IssueFacts> converter = issueFacts.converter();
        Map<Long, IssueFacts> byId = new LinkedHashMap<>();
        for (Issue issue : issueManager.getIssueObjects(new ArrayList<>(wanted))) {
            if (issue != null) {
                IssueFacts facts = converter.apply(issue);
                byId.put(facts.id(), facts);
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /** One bulk read, then a permission check per issue; {@code toFacts} null for a converter of its own. */
    private List<IssueFacts> visibleIssues(Collection<Long> ids, ApplicationUser user,
                                           Function<Issue, IssueFacts> toFacts) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Issue> issues = issueManager.getIssueObjects(new ArrayList<>(ids));
        Function<Issue, IssueFacts> converter = toFacts != null ? toFacts : issueFacts.converter();
        List<IssueFacts> visible = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            if (issue != null && mayBrowse(issue, user)) {
                visible.add(converter.apply(issue));
            }
        }
        return visible;
    }

    /**
     * A key the search did not match by a current key: an old key of a moved issue, an issue the index of this node
     * does not hold yet, or one that is unknown or hidden from {@code user}. This is the only place that asks
     * {@code IssueManager} once per key, and it is acceptable only because such keys are rare (normally none in a
     * call, and at most as many as the caller's cap on keys per call); never use it for keys the search matched.
     */
    private IssueFacts visibleLeftover(String key, ApplicationUser user, Function<Issue, IssueFacts> toFacts) {
        Issue issue = issueManager.getIssueObject(key);
        return issue != null && mayBrowse(issue, user) ? toFacts.apply(issue) : null;
    }

    /** BROWSE_PROJECTS on the issue, which includes issue security. */
    private boolean mayBrowse(Issue issue, ApplicationUser user) {
        return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /**
     * Adds to {@code into}, by current key (upper case), the ids of the issues {@code user} can find among
     * {@code keys}. An issue found through an old key comes back under its current key, which was perhaps not asked.
     */
    private void searchIds(List<String> keys, ApplicationUser user, Map<String, Long> into) {
        try {
            for (Issue issue : search(keys, user)) {
                into.put(JiraIssueFacts.currentKey(issue), issue.getId());
            }
        } catch (SearchException e) {
            if (keys.size() == 1) {
                log.debug("Issue search for {} failed; reading it as a leftover key", keys.get(0), e);
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

    /**
     * Keys as the service normalises them, less strings that cannot be issue keys: those must not reach
     * {@code IssueManager}'s key parsing (a number of more than 18 digits is not a long).
     */
    private static List<String> normalisedKeys(Collection<String> keys) {
        return IssueKeys.normalised(keys).stream().filter(IssueKeys::isWellFormed).toList();
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
