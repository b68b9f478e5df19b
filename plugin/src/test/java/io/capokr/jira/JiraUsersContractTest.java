package io.capokr.jira;

import io.capokr.host.Users;
import io.capokr.host.contract.UsersContract;

public class JiraUsersContractTest extends UsersContract {

    private final JiraUsers users = new ScenarioJira().users();

    @Override
    protected Users users() {
        return users;
    }
}
