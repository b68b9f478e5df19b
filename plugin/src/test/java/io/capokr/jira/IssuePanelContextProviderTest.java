package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.testing.FakeHost;
import org.junit.Test;

/** The issue panel's Jira glue: the issue key from Jira's context, the panel's resources, logged-in users only. */
public class IssuePanelContextProviderTest {

    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final IssuePanelContextProvider provider = new IssuePanelContextProvider(pageBuilder);

    @Test
    public void thePlaceholderCarriesTheKeyOfTheIssueJiraPassesIn() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("MKT-1");
        Map<String, Object> jiraContext = new HashMap<>();
        jiraContext.put("issue", issue);

        Map<String, Object> context = provider.getContextMap(jiraContext);

        assertEquals("MKT-1", context.get("issueKey"));
        assertTrue("Jira's own context is kept", context.containsKey("issue"));
        verify(pageBuilder.assembler().resources()).requireWebResource("io.capokr.jira:issue-panel-resources");
    }

    @Test
    public void withoutAnIssueTheKeyIsEmptyAndTheScriptShowsNothing() {
        assertEquals("", provider.getContextMap(Map.of()).get("issueKey"));
        assertEquals("", provider.getContextMap(Map.of("issue", "not an issue")).get("issueKey"));
    }

    @Test
    public void onlyLoggedInUsersSeeThePanel() {
        FakeHost host = new FakeHost();
        LoggedInCondition condition = new LoggedInCondition(host);

        host.loggedInAs(null);
        assertFalse(condition.shouldDisplay(Map.of()));
        host.loggedInAs("lead");
        assertTrue(condition.shouldDisplay(Map.of()));
    }
}
