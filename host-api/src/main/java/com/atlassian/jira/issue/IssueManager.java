// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueManager.java ; github.com/turgaycelik/mysource jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/issue/managers/DefaultIssueManager.java (reads in database batches) ; https://docs.atlassian.com/jira-software/10.3.3/com/atlassian/greenhopper/upgrade/IssueIdsIssueIterable.html
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Compile-only mirror of Jira's IssueManager (members Cap calls only); inside Jira the real interface is used.
 * getIssueObjects answers for many ids at once: ids that are not found are left out, never null.
 */
public interface IssueManager {

    List<Issue> getIssueObjects(Collection<Long> ids);
}
