// Source: https://docs.atlassian.com/sal-api/ (SAL javadoc: interface PluginSettings, Object get(String), Object put(String, Object), Object remove(String)); called so on Jira 11 by github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/.../manager/impl/DefaultPluginConfigurationManager.java
package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only mirror of SAL's settings store (members Cap calls only). Values are String, List&lt;String&gt;,
 * Map&lt;String, String&gt; or Properties; Cap stores Strings only.
 */
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
