package io.capokr.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.capokr.okr.IssueFacts;
import io.capokr.okr.StatusCategory;
import io.capokr.okr.UserRef;
import org.junit.Test;

/** The sample issues as the plugin's IssueDirectory port sees them: Jira's visibility, bulk, by key or id. */
public class SandboxIssueDirectoryTest {

    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");
    private static final UserRef LEAD = new UserRef("lead", "Luc Lead");
    private static final UserRef MEMBER = new UserRef("member", "Mia Member");
    private static final UserRef OUTSIDER = new UserRef("outsider", "Oscar Outsider");

    private final SampleTracker tracker = new SampleTracker();
    private final SandboxIssueDirectory directory = new SandboxIssueDirectory(tracker, new SampleFields(new InMemorySettings()));

    @Test
    public void answersTheFactsOfVisibleIssuesKeyedByKey() {
        Map<String, IssueFacts> facts = directory.visibleByKeys(List.of("MKT-1", "MKT-3", "MKT-6"), LEAD);

        assertEquals(Set.of("MKT-1", "MKT-3", "MKT-6"), facts.keySet());
        assertEquals(new IssueFacts(10100, "MKT-1", "Launch the spring campaign landing page", StatusCategory.DONE, 5.0, 10000),
                facts.get("MKT-1"));
        assertEquals(StatusCategory.TO_DO, facts.get("MKT-3").statusCategory());
        assertNull("not estimated", facts.get("MKT-6").storyPoints());
        assertEquals(StatusCategory.IN_PROGRESS,
                directory.visibleByKeys(List.of("MKT-5"), LEAD).get("MKT-5").statusCategory());
    }

    @Test
    public void unknownKeysAndNullsAreAbsent() {
        Map<String, IssueFacts> facts = directory.visibleByKeys(Arrays.asList("MKT-1", "MKT-99", "NOPE-1", "", "mkt", null), ADMIN);

        assertEquals(Set.of("MKT-1"), facts.keySet());
        assertTrue(directory.visibleByKeys(List.of(), ADMIN).isEmpty());
    }

    @Test
    public void keysAreMatchedIgnoringCaseAndAnsweredUpperCase() {
        Map<String, IssueFacts> facts = directory.visibleByKeys(List.of("mkt-2", " Sales-1 ", "MKT-2"), ADMIN);

        assertEquals(Set.of("MKT-2", "SALES-1"), facts.keySet());
        assertEquals("MKT-2", facts.get("MKT-2").key());
    }

    @Test
    public void aProjectTheViewerCannotBrowseHidesAllItsIssues() {
        assertEquals(Set.of("MKT-1"), directory.visibleByKeys(List.of("MKT-1", "SALES-1"), OUTSIDER).keySet());
        assertEquals(Set.of("MKT-1"), directory.visibleByKeys(List.of("MKT-1", "SALES-1"), LEAD).keySet());
        assertEquals(Set.of("MKT-1", "SALES-1"), directory.visibleByKeys(List.of("MKT-1", "SALES-1"), MEMBER).keySet());
    }

    @Test
    public void issueSecurityHidesRestrictedIssuesFromUsersWhoBrowseTheirProject() {
        List<String> restricted = List.of("MKT-6", "SALES-6");

        assertEquals(Set.of("MKT-6", "SALES-6"), directory.visibleByKeys(restricted, ADMIN).keySet());
        assertEquals("in MKT-6's level, and SALES is not browsed", Set.of("MKT-6"), directory.visibleByKeys(restricted, LEAD).keySet());
        assertEquals("browses both projects, in neither level", Set.of(), directory.visibleByKeys(restricted, MEMBER).keySet());
        assertEquals(Set.of(), directory.visibleByKeys(restricted, OUTSIDER).keySet());
    }

    @Test
    public void anUnknownViewerSeesNothing() {
        assertTrue(directory.visibleByKeys(List.of("MKT-1"), new UserRef("mallory", "Mallory")).isEmpty());
        assertTrue(directory.visibleByIds(List.of(10100L), new UserRef("mallory", "Mallory")).isEmpty());
    }

    @Test
    public void byIdAnswersTheSameWithTheSameRules() {
        Map<Long, IssueFacts> facts = directory.visibleByIds(Arrays.asList(10100L, 10105L, 10106L, 10111L, 1L, null), MEMBER);

        assertEquals("MKT-1 and SALES-1; MKT-6 and SALES-6 are restricted, 1 does not exist", Set.of(10100L, 10106L), facts.keySet());
        assertEquals("SALES-1", facts.get(10106L).key());
        assertEquals(10001, facts.get(10106L).projectId());
        assertEquals(Set.of(10100L, 10105L), directory.visibleByIds(List.of(10100L, 10105L, 10106L), LEAD).keySet());
    }

    @Test
    public void answersTheIssuesAsTheyAreNowAndForgetsDeletedOnes() {
        tracker.transition("MKT-3", tracker.status("Done").orElseThrow());
        tracker.delete("MKT-4");

        assertEquals(StatusCategory.DONE, directory.visibleByKeys(List.of("MKT-3"), ADMIN).get("MKT-3").statusCategory());
        assertTrue(directory.visibleByKeys(List.of("MKT-4"), ADMIN).isEmpty());
        assertTrue(directory.visibleByIds(List.of(10103L), ADMIN).isEmpty());
    }
}
