package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.UserRef;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import io.capokr.service.SiteSettings;
import io.capokr.testing.FakeHost;

/**
 * Runs the directory against a small fake Jira made of Mockito mocks ({@link MockJira}): issues by id, which of them
 * each user may browse, the old keys of moved issues, and a search that answers {@code key IN (…)} as the searching
 * user, like Jira's does: it matches old keys too, returns issues under their current key, and misses issues not yet
 * indexed.
 */
public class JiraIssueDirectoryTest {

    private final MockJira jira = new MockJira();
    private final IssueManager issueManager = jira.issueManager;
    private final SearchService searchService = jira.searchService;
    private final PermissionManager permissions = jira.permissions;
    private final UserManager userManager = jira.userManager;
    private final CustomFieldManager customFields = jira.customFields;

    private final JiraIssueDirectory directory = new JiraIssueDirectory(issueManager, searchService, permissions,
            jira.authentication, userManager, new JiraIssueFacts(customFields, new SiteSettings(new FakeHost())));

    private final ApplicationUser alice = user("JIRAUSER10100");
    private final UserRef aliceRef = new UserRef("JIRAUSER10100", "Alice Martin");

    /** Old keys of moved issues, issues not yet indexed, keys whose search fails: the fake Jira's. */
    private final Map<String, Long> movedKeys = jira.movedKeys;
    private final Set<Long> notIndexed = jira.notIndexed;
    private final Set<String> keysWhoseSearchFails = jira.keysWhoseSearchFails;

    /** What the code asked Jira's search for. */
    private final List<List<String>> searchedKeys = jira.searchedKeys;
    private final List<Integer> pageSizes = jira.pageSizes;

    @Before
    public void fakeJira() throws SearchException {
        jira.logIn(alice);
        jira.startSearch();
    }

    @After
    public void closeStaticMocks() {
        jira.close();
    }

    @Test
    public void anIssueCarriesItsKeySummaryStatusCategoryPointsAndProject() {
        issue(10001, "MKT-1", "Launch the spring campaign", "done", 5.0, 10000, alice);

        IssueFacts facts = directory.visibleByIds(List.of(10001L), aliceRef).get(10001L);

        assertEquals(new IssueFacts(10001, "MKT-1", "Launch the spring campaign", StatusCategory.DONE, 5.0, 10000), facts);
    }

    @Test
    public void manyIdsAreReadFromJiraInOneBulkCall() {
        LongStream.rangeClosed(1, 150).forEach(n -> issue(20000 + n, "MKT-" + n, "Task " + n, "new", null, 10000, alice));
        List<Long> ids = LongStream.rangeClosed(20001, 20150).boxed().collect(Collectors.toList());

        Map<Long, IssueFacts> found = directory.visibleByIds(ids, aliceRef);

        assertEquals(150, found.size());
        verify(issueManager, times(1)).getIssueObjects(anyCollection());
        verifyNoMoreInteractions(issueManager);
        verify(customFields, times(1)).getCustomFieldObjectsByName("Story Points");
    }

    @Test
    public void anIssueTheViewerMayNotBrowseIsAbsent() {
        issue(10001, "MKT-1", "Public", "new", null, 10000, alice);
        issue(10002, "MKT-2", "Under issue security", "new", null, 10000);

        assertEquals(Set.of(10001L), directory.visibleByIds(List.of(10001L, 10002L), aliceRef).keySet());
        assertEquals(Set.of("MKT-1"), directory.visibleByKeys(List.of("MKT-1", "MKT-2"), aliceRef).keySet());
    }

    @Test
    public void evenAnIssueTheSearchReturnsIsCheckedForPermission() {
        issue(10001, "MKT-1", "Just restricted", "new", null, 10000, alice);
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(alice))).thenReturn(false);

        assertTrue(directory.visibleByKeys(List.of("MKT-1"), aliceRef).isEmpty());
    }

    @Test
    public void unknownIdsAndKeysAreAbsent() {
        issue(10001, "MKT-1", "Known", "new", null, 10000, alice);

        assertEquals(Set.of(10001L), directory.visibleByIds(List.of(10001L, 99999L), aliceRef).keySet());
        assertEquals(Set.of("MKT-1"), directory.visibleByKeys(List.of("MKT-1", "MKT-999", "NOPE-1"), aliceRef).keySet());
    }

    @Test
    public void anIssueWithoutStoryPointsHasNone() {
        issue(10001, "MKT-1", "Not estimated", "indeterminate", null, 10000, alice);

        IssueFacts facts = directory.visibleByKeys(List.of("MKT-1"), aliceRef).get("MKT-1");

        assertNull(facts.storyPoints());
        assertEquals(StatusCategory.IN_PROGRESS, facts.statusCategory());
    }

    @Test
    public void aSiteWithoutAStoryPointsFieldGivesNoPoints() {
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of());
        issue(10001, "MKT-1", "Estimated, but in no field we know", "new", 8.0, 10000, alice);

        assertNull(directory.visibleByIds(List.of(10001L), aliceRef).get(10001L).storyPoints());
    }

    @Test
    public void aKeyGivenInLowerCaseIsFoundUnderItsUpperCaseKey() {
        issue(10001, "MKT-7", "Typed in lower case", "new", 3.0, 10000, alice);

        Map<String, IssueFacts> found = directory.visibleByKeys(List.of(" mkt-7 "), aliceRef);

        assertEquals(Set.of("MKT-7"), found.keySet());
        assertEquals(List.of(List.of("MKT-7")), searchedKeys);
    }

    @Test
    public void keysAreSearchedAsTheViewerAPageAtATimeThenReadInOneBulkCall() throws SearchException {
        LongStream.rangeClosed(1, 450).forEach(n -> issue(30000 + n, "OPS-" + n, "Task " + n, "new", null, 10001, alice));
        List<String> keys = LongStream.rangeClosed(1, 450).mapToObj(n -> "OPS-" + n).collect(Collectors.toList());

        Map<String, IssueFacts> found = directory.visibleByKeys(keys, aliceRef);

        assertEquals(450, found.size());
        assertEquals(List.of(200, 200, 50), pageSizes);
        assertEquals(keys, searchedKeys.stream().flatMap(List::stream).collect(Collectors.toList()));
        verify(searchService, times(3)).search(eq(alice), any(Query.class), any(PagerFilter.class));
        verify(issueManager, times(1)).getIssueObjects(anyCollection());
        verify(issueManager, never()).getIssueObject(anyString());
        verifyNoMoreInteractions(issueManager);
    }

    @Test
    public void anOldKeyOfAMovedIssueIsFoundUnderTheOldKeyWithTheCurrentKeyInItsFacts() {
        issue(10001, "OPS-12", "Moved from marketing", "indeterminate", 2.0, 10001, alice);
        movedKeys.put("MKT-3", 10001L);

        Map<String, IssueFacts> found = directory.visibleByKeys(List.of(" mkt-3 "), aliceRef);

        assertEquals(Set.of("MKT-3"), found.keySet());
        assertEquals(new IssueFacts(10001, "OPS-12", "Moved from marketing", StatusCategory.IN_PROGRESS, 2.0, 10001),
                found.get("MKT-3"));
    }

    @Test
    public void anOldKeyAndTheCurrentKeyOfOneIssueAreBothFoundWithTheSameFacts() {
        issue(10001, "OPS-12", "Moved from marketing", "new", null, 10001, alice);
        movedKeys.put("MKT-3", 10001L);

        Map<String, IssueFacts> found = directory.visibleByKeys(List.of("OPS-12", "MKT-3"), aliceRef);

        assertEquals(List.of("OPS-12", "MKT-3"), new ArrayList<>(found.keySet()));
        assertEquals("OPS-12", found.get("MKT-3").key());
        assertEquals(found.get("OPS-12"), found.get("MKT-3"));
        verify(issueManager, never()).getIssueObject("OPS-12");
        verify(issueManager, times(1)).getIssueObject("MKT-3");
    }

    @Test
    public void anOldKeyOfAMovedIssueTheViewerMayNotBrowseIsAbsent() {
        issue(10001, "SEC-4", "Moved into a restricted project", "new", null, 10002);
        movedKeys.put("MKT-3", 10001L);

        assertTrue(directory.visibleByKeys(List.of("MKT-3"), aliceRef).isEmpty());
    }

    @Test
    public void aKeyTheSearchMissesButJiraHoldsIsFoundWhenVisible() {
        issue(10001, "MKT-1", "Indexed", "new", null, 10000, alice);
        issue(10002, "MKT-2", "Just created on another node", "new", 1.0, 10000, alice);
        notIndexed.add(10002L);

        Map<String, IssueFacts> found = directory.visibleByKeys(List.of("MKT-1", "MKT-2"), aliceRef);

        assertEquals(Set.of("MKT-1", "MKT-2"), found.keySet());
        assertEquals(new IssueFacts(10002, "MKT-2", "Just created on another node", StatusCategory.TO_DO, 1.0, 10000),
                found.get("MKT-2"));
        verify(issueManager, never()).getIssueObject("MKT-1");
        verify(issueManager, times(1)).getIssueObject("MKT-2");
    }

    @Test
    public void aKeyTheSearchMissesIsStillAbsentWhenTheViewerMayNotBrowseIt() {
        issue(10002, "MKT-2", "Just created, under issue security", "new", null, 10000);
        notIndexed.add(10002L);

        assertTrue(directory.visibleByKeys(List.of("MKT-2"), aliceRef).isEmpty());
        verify(issueManager, times(1)).getIssueObject("MKT-2");
    }

    @Test
    public void manyKeysWithOneOldKeyMakeOneBulkReadAndOnlyOneReadByKey() {
        LongStream.rangeClosed(1, 300).forEach(n -> issue(30000 + n, "OPS-" + n, "Task " + n, "new", null, 10001, alice));
        movedKeys.put("MKT-9", 30007L);
        List<String> keys = new ArrayList<>(LongStream.rangeClosed(1, 300).mapToObj(n -> "OPS-" + n).toList());
        keys.add("MKT-9");

        Map<String, IssueFacts> found = directory.visibleByKeys(keys, aliceRef);

        assertEquals(301, found.size());
        assertEquals("OPS-7", found.get("MKT-9").key());
        verify(issueManager, times(1)).getIssueObjects(anyCollection());
        verify(issueManager, times(1)).getIssueObject(anyString());
        verify(issueManager).getIssueObject("MKT-9");
        verify(customFields, times(1)).getCustomFieldObjectsByName("Story Points");
    }

    @Test
    public void duplicateAndMalformedKeysAreNotSearched() {
        issue(10001, "MKT-1", "Once", "new", null, 10000, alice);

        directory.visibleByKeys(Arrays.asList("MKT-1", "mkt-1", "", null, "MKT", "not a key-1", "MKT-1; DROP",
                "MKT-1234567890123456789"), aliceRef);

        assertEquals(List.of(List.of("MKT-1")), searchedKeys);
        verify(issueManager, never()).getIssueObject(anyString());
    }

    @Test
    public void aSearchThatFailsIsSplitSoThatTheOtherKeysAreStillFound() {
        issue(10001, "MKT-1", "One", "new", null, 10000, alice);
        issue(10002, "MKT-2", "Two", "new", null, 10000, alice);
        issue(10003, "MKT-3", "Three", "new", null, 10000, alice);
        keysWhoseSearchFails.add("BAD-1");

        Map<String, IssueFacts> found = directory.visibleByKeys(List.of("MKT-1", "BAD-1", "MKT-2", "MKT-3"), aliceRef);

        assertEquals(Set.of("MKT-1", "MKT-2", "MKT-3"), found.keySet());
    }

    @Test
    public void aViewerOtherThanTheCallerIsLookedUpByKeyAndSeesWhatTheyMaySee() {
        ApplicationUser bob = user("JIRAUSER10200");
        when(userManager.getUserByKey("JIRAUSER10200")).thenReturn(bob);
        issue(10001, "MKT-1", "Alice's and Bob's", "new", null, 10000, alice, bob);
        issue(10002, "MKT-2", "Alice's only", "new", null, 10000, alice);

        assertEquals(Set.of(10001L), directory.visibleByIds(List.of(10001L, 10002L), new UserRef("JIRAUSER10200", "Bob")).keySet());
        assertEquals(Set.of("MKT-1"), directory.visibleByKeys(List.of("MKT-1", "MKT-2"), new UserRef("JIRAUSER10200", "Bob")).keySet());
    }

    @Test
    public void anUnknownViewerSeesNothing() {
        issue(10001, "MKT-1", "Anything", "new", null, 10000, alice);

        assertTrue(directory.visibleByIds(List.of(10001L), new UserRef("ghost", "Ghost")).isEmpty());
        assertTrue(directory.visibleByKeys(List.of("MKT-1"), new UserRef("ghost", "Ghost")).isEmpty());
        verifyNoInteractions(issueManager, searchService);
    }

    @Test
    public void askingForNothingAsksJiraNothing() throws SearchException {
        assertTrue(directory.visibleByIds(List.of(), aliceRef).isEmpty());
        assertTrue(directory.visibleByKeys(List.of(), aliceRef).isEmpty());

        verifyNoInteractions(issueManager, searchService);
        verify(userManager, never()).getUserByKey(anyString());
    }

    /** Adds an issue to the fake Jira, browsable by {@code browsedBy}. */
    private void issue(long id, String key, String summary, String categoryKey, Double points, long projectId,
                       ApplicationUser... browsedBy) {
        jira.issue(id, key, summary, categoryKey, points, projectId, browsedBy);
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }
}
