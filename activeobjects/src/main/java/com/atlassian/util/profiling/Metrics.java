package com.atlassian.util.profiling;

/**
 * No-op stand-in for atlassian-profiling's {@code Metrics}: AO's EntityManager times its calls with
 * {@code Metrics.metric(name).tag(..).invokerPluginKey(..).withAnalytics().startTimer()}.
 * Outside Jira there is nothing to report to, so every timer is {@link Ticker#NO_OP}.
 */
public final class Metrics {

    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    public static final class Builder {

        Builder() {
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}
