// Source: https://docs.atlassian.com/atlassian-confluence/6.2.4/com/atlassian/sal/confluence/web/context/HttpContext.html (SAL's interface: getRequest(), getResponse(), getSession(boolean)); Jira's SAL implements it by delegating to ExecutingHttpRequest. Jira 11 (Platform 8) types it with jakarta.servlet [B].
package com.atlassian.sal.api.web.context;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Compile-only mirror of SAL's access to the HTTP request being served on this thread; declares only what Cap
 * calls. Inside Jira the real interface is used; it answers null outside a request.
 */
public interface HttpContext {

    HttpServletRequest getRequest();
}
