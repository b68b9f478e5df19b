// Source: https://docs.atlassian.com/atlassian-plugins-parent/3.3.1/apidocs/com/atlassian/plugin/PluginException.html
package com.atlassian.plugin;

/**
 * Compile-only mirror of the plugin framework's PluginException, declared so that PluginParseException has its
 * real superclass. Inside Jira the real class is used.
 */
public class PluginException extends RuntimeException {

    public PluginException(String s) {
        throw new UnsupportedOperationException("host-api stub");
    }
}
