// Source: public Jira plugins calling customField.getCustomFieldType().getKey() (e.g. filtering CustomFieldManager.getCustomFieldObjects() by type key); https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/customfields/CustomFieldType.html (public interface CustomFieldType<T, S>, String getKey()); package imported on Jira 11 by github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) (.../web/contextproviders/SlackGlobalAdminDataProvider.java)
package com.atlassian.jira.issue.customfields;

/** Compile-only mirror of Jira's custom field type (members Cap calls only). */
public interface CustomFieldType<T, S> {

    /** The type's module key, e.g. Jira's number field: com.atlassian.jira.plugin.system.customfieldtypes:float. */
    String getKey();
}
