package io.capokr.sandbox.host;

import io.capokr.host.Users;
import io.capokr.host.contract.UsersContract;

public class SandboxUsersContractTest extends UsersContract {

    private final SandboxUsers users = new SandboxUsers(new SampleTracker());

    @Override
    protected Users users() {
        return users;
    }
}
