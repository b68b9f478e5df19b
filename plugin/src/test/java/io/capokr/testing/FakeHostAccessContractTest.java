package io.capokr.testing;

import io.capokr.host.Access;
import io.capokr.host.contract.AccessContract;

public class FakeHostAccessContractTest extends AccessContract {

    private final FakeHost host = ScenarioHost.build();

    @Override
    protected Access access() {
        return host;
    }

    @Override
    protected void logIn(String userKeyOrNull) {
        host.loggedInAs(userKeyOrNull);
    }
}
