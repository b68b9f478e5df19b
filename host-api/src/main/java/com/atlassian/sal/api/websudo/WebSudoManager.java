// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java (willExecuteWebSudoRequest(request) in a try, enforceWebSudoProtection(request, response) on WebSudoSessionException; jakarta.servlet on Jira 11); SAL javadoc (interface WebSudoManager)
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Compile-only mirror of SAL's secure administrator session ("websudo") manager (members Cap calls only). */
public interface WebSudoManager {

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
