// Source: https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html ; https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html
package com.atlassian.plugin;

/** Compile-only mirror of the plugin framework's PluginParseException; inside Jira the real class is used. */
public class PluginParseException extends PluginException {

    public PluginParseException(String s) {
        super(s);
    }
}
