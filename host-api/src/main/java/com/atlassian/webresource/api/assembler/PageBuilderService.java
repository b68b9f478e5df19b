// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master) bitbucket-slack-server-integration-plugin/src/main/java/com/atlassian/bitbucket/plugins/slack/notification/configuration/web/SlackRepoSettingsServlet.java ; https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html
package com.atlassian.webresource.api.assembler;

/** Compile-only mirror of the web-resource manager's PageBuilderService (members Cap calls only). */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
