package io.capokr.jira;

/**
 * Test fixture for the sandbox's wiring: stands for the plugin's Jira issue event listener, a bean of
 * io.capokr.jira that implements no host port. The sandbox must skip it entirely: building or starting it
 * fails the test.
 */
public final class SandboxTestIssueEventListener {

    public SandboxTestIssueEventListener(Object eventPublisher, Object issueSync, Object issueDirectory) {
        throw new AssertionError("The sandbox must never build an io.capokr.jira bean");
    }

    public void register() {
        throw new AssertionError("The sandbox must never start an io.capokr.jira bean");
    }

    public void unregister() {
        throw new AssertionError("The sandbox must never stop an io.capokr.jira bean");
    }
}
