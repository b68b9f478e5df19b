// Source: https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/Condition.html ; docs/jira-platform.md ("Web fragments": Condition, an interface with ContextProvider's init plus shouldDisplay)
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Compile-only mirror of the plugin framework's Condition; inside Jira the real interface is used. */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
