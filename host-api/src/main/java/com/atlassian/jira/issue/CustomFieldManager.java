// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/CustomFieldManager.java ; https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html ; github.com/atlassian-labs/atlassian-slack-integration-server (master, Jira 11) .../jira/plugins/slack/service/ComponentImports.java (imported as an OSGi service)
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

import com.atlassian.jira.issue.fields.CustomField;

/** Compile-only mirror of Jira's CustomFieldManager (members Cap calls only); inside Jira the real interface is used. */
public interface CustomFieldManager {

    /** Every custom field with this name (names are not unique), possibly none. */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    /** Every custom field of the site. [V: jira-api 7.2 javadoc; public plugins call it] */
    List<CustomField> getCustomFieldObjects();

    /** The custom field with this id ("customfield_10002"), or null. [V: jira-api 7.2 javadoc] */
    CustomField getCustomFieldObject(String id);
}
