// Source: https://docs.atlassian.com/sal-api/ (SAL javadoc: interface PluginSettingsFactory, PluginSettings createSettingsForKey(String), createGlobalSettings()); imported as an OSGi service on Jira 11 by github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) jira-slack-server-integration/.../service/ComponentImports.java, createSettingsForKey called in .../manager/impl/DefaultPluginConfigurationManager.java
package com.atlassian.sal.api.pluginsettings;

/** Compile-only mirror of SAL's settings factory (members Cap calls only). */
public interface PluginSettingsFactory {

    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
