// Source: https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html (implements the interface com.atlassian.sal.api.auth.LoginUriProvider: URI getLoginUri(URI returnUri)); called so on Jira 11 by atlassian-labs/atlassian-slack-integration-server master, slack-server-integration-common/.../admin/LoginRedirectionManager.java
package com.atlassian.sal.api.auth;

import java.net.URI;

/** Compile-only mirror of SAL's login-page locator (members Cap calls only). */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
