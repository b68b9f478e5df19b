// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java (catch (WebSudoSessionException)) and its test ConfigureServletTest.java (new WebSudoSessionException("blah")); SAL javadoc: public class WebSudoSessionException extends Exception
package com.atlassian.sal.api.websudo;

/** Compile-only mirror of SAL's checked exception for a request that needs a secure administrator session. */
public class WebSudoSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebSudoSessionException(String message) {
        super(message);
    }
}
