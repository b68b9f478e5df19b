package io.capokr.sandbox.host;

import io.capokr.host.Locks;
import io.capokr.host.contract.LocksContract;

public class SandboxLocksContractTest extends LocksContract {

    @Override
    protected Locks locks(long waitSeconds) {
        return new SandboxLocks(waitSeconds);
    }
}
