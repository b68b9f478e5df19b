// Source: https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/ContextProvider.html ; https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/rapid/PageLoadDataContextProvider.html
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Compile-only mirror of the plugin framework's ContextProvider; inside Jira the real interface is used. */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
