package io.capokr.jira;

import com.atlassian.jira.issue.search.SearchException;
import io.capokr.host.IssueDirectory;
import io.capokr.host.contract.IssueDirectoryContract;
import org.junit.After;
import org.junit.Before;

public class JiraIssueDirectoryContractTest extends IssueDirectoryContract {

    private final ScenarioJira jira = new ScenarioJira();
    private final JiraIssueDirectory directory = jira.issueDirectory();

    @Before
    public void startSearch() throws SearchException {
        jira.jira.startSearch();
    }

    @After
    public void closeStaticMocks() {
        jira.jira.close();
    }

    @Override
    protected IssueDirectory directory() {
        return directory;
    }

    @Override
    protected void logIn(String userKeyOrNull) {
        jira.logIn(userKeyOrNull);
    }
}
