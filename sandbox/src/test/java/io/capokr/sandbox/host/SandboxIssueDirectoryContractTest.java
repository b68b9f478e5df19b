package io.capokr.sandbox.host;

import io.capokr.host.IssueDirectory;
import io.capokr.host.contract.IssueDirectoryContract;

public class SandboxIssueDirectoryContractTest extends IssueDirectoryContract {

    private final SandboxIssueDirectory directory = new SandboxIssueDirectory(new SampleTracker(), new SampleFields(new InMemorySettings()));

    @Override
    protected IssueDirectory directory() {
        return directory;
    }

    /** The sandbox's directory answers for the viewer it is given, whoever the caller is. */
    @Override
    protected void logIn(String userKeyOrNull) {
    }
}
