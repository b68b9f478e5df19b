// Source: github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/rest/SlackWebHookResource.java ; https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror of the REST v2 access annotation; inside Jira the real annotation is read at runtime.
 * Targets TYPE and METHOD are verified by use on resource classes and methods; whether the real annotation also
 * allows PACKAGE is unverified, so it is left out (a narrower target only limits our own compilation).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
