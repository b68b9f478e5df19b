package io.capokr.testing;

import io.capokr.host.Users;
import io.capokr.host.contract.UsersContract;

public class FakeHostUsersContractTest extends UsersContract {

    private final FakeHost host = ScenarioHost.build();

    @Override
    protected Users users() {
        return host;
    }
}
