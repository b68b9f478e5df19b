package com.atlassian.plugin.util;

/**
 * Stand-in for the plugin framework's {@code PluginKeyStack}: AO asks it which plugin is calling,
 * to tag its metrics. Outside Jira no plugin is calling, so the answer is always "none".
 */
public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
