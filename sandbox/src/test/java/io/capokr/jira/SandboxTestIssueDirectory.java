package io.capokr.jira;

import java.util.Collection;
import java.util.Map;

import io.capokr.host.IssueDirectory;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.UserRef;

/** Test fixture for the sandbox's wiring: a Jira adapter of the IssueDirectory port, never to be built. */
public final class SandboxTestIssueDirectory implements IssueDirectory {

    public SandboxTestIssueDirectory(Object issueManager, Object userManager) {
        throw new AssertionError("The sandbox must never build an io.capokr.jira bean");
    }

    @Override
    public Map<String, IssueFacts> visibleByKeys(Collection<String> keys, UserRef viewer) {
        throw new AssertionError();
    }

    @Override
    public Map<Long, IssueFacts> visibleByIds(Collection<Long> ids, UserRef viewer) {
        throw new AssertionError();
    }

    @Override
    public Map<Long, IssueFacts> factsByIds(Collection<Long> ids) {
        throw new AssertionError();
    }
}
