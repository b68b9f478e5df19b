// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master) bitbucket-slack-server-integration-plugin/src/main/java/com/atlassian/bitbucket/plugins/slack/notification/configuration/web/SlackRepoSettingsServlet.java
package com.atlassian.webresource.api.assembler;

/** Compile-only mirror of the web-resource manager's WebResourceAssembler (members Cap calls only). */
public interface WebResourceAssembler {

    RequiredResources resources();
}
