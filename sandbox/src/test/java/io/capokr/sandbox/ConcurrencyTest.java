package io.capokr.sandbox;

import org.junit.ClassRule;

/** The concurrency suite against one sandbox. */
public class ConcurrencyTest extends ConcurrencySuite {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Override
    protected SandboxHttp node(int client) {
        return SANDBOX.http();
    }

    @Override
    protected <T> T bean(Class<T> type) {
        return SANDBOX.sandbox().beans().bean(type);
    }
}
