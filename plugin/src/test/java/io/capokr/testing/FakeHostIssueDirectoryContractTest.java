package io.capokr.testing;

import io.capokr.host.IssueDirectory;
import io.capokr.host.contract.IssueDirectoryContract;

public class FakeHostIssueDirectoryContractTest extends IssueDirectoryContract {

    private final FakeHost host = ScenarioHost.build();

    @Override
    protected IssueDirectory directory() {
        return host;
    }

    @Override
    protected void logIn(String userKeyOrNull) {
        host.loggedInAs(userKeyOrNull);
    }
}
