// Source: https://docs.atlassian.com/atlassian-plugins-parent/2.11.2-m2/xref/com/atlassian/plugin/web/Condition.html ; https://docs.atlassian.com/atlassian-bamboo/12.1.6/com/atlassian/bamboo/plugins/maven/dependencies/Maven2BuildWebItemCondition.html (a Platform 8 product implementing it)
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Compile-only mirror of the plugin framework's Condition; inside Jira the real interface is used. */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
