package io.capokr.testing;

import io.capokr.host.Locks;
import io.capokr.host.contract.LocksContract;

public class FakeHostLocksContractTest extends LocksContract {

    @Override
    protected Locks locks(long waitSeconds) {
        return ScenarioHost.build().locksWaitingAtMost(waitSeconds);
    }
}
