package io.capokr.sandbox.host;

import io.capokr.host.Access;
import io.capokr.host.contract.AccessContract;
import org.junit.After;

public class SandboxAccessContractTest extends AccessContract {

    private final RequestContext requests = new RequestContext();
    private final SandboxAccess access = new SandboxAccess(new SampleTracker(), requests);
    private RequestContext.Scope request;

    @Override
    protected Access access() {
        return access;
    }

    /** As the HTTP layer does around a request. */
    @Override
    protected void logIn(String userKeyOrNull) {
        endRequest();
        request = requests.enter(userKeyOrNull, null);
    }

    @After
    public void endRequest() {
        if (request != null) {
            request.close();
            request = null;
        }
    }
}
