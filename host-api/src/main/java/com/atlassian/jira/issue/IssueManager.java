// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueManager.java ; github.com/turgaycelik/mysource jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/issue/managers/DefaultIssueManager.java (reads in database batches; getIssueObject(String) goes through IssueFinder, which also finds moved issues by an old key) ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/DedicatedChannelResource.java (issueManager.getIssueObject(String)) ; https://docs.atlassian.com/jira-software/10.3.3/com/atlassian/greenhopper/upgrade/IssueIdsIssueIterable.html
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Compile-only mirror of Jira's IssueManager (members Cap calls only); inside Jira the real interface is used.
 * getIssueObjects answers for many ids at once: ids that are not found are left out, never null.
 * getIssueObject(String) reads one issue by its current key or by an old key (after a move), null if none; it throws
 * Jira's unchecked DataAccessException on database errors, which is why no checked exception is declared.
 */
public interface IssueManager {

    List<Issue> getIssueObjects(Collection<Long> ids);

    MutableIssue getIssueObject(String key);
}
