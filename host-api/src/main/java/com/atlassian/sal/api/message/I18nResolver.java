// Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html ; https://docs.atlassian.com/atlassian-bamboo/8.0.4/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html
package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Compile-only mirror of SAL's I18nResolver (declares only what Cap calls); inside Jira the real interface is used. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}
