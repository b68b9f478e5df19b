package io.capokr.jira;

import io.capokr.host.Access;
import io.capokr.host.contract.AccessContract;

public class JiraAccessContractTest extends AccessContract {

    private final ScenarioJira jira = new ScenarioJira();
    private final JiraAccess access = jira.access();

    @Override
    protected Access access() {
        return access;
    }

    @Override
    protected void logIn(String userKeyOrNull) {
        jira.logIn(userKeyOrNull);
    }
}
