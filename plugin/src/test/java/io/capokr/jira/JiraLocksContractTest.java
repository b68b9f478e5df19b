package io.capokr.jira;

import io.capokr.host.Locks;
import io.capokr.host.contract.LocksContract;

/** Jira's cluster locks, each name's lock a lock of this JVM, as on a one-node cluster. */
public class JiraLocksContractTest extends LocksContract {

    @Override
    protected Locks locks(long waitSeconds) {
        return new ScenarioJira().locks(waitSeconds);
    }
}
