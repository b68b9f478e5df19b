package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import io.capokr.okr.NumberField;
import org.junit.Test;

/** The site's numeric custom fields, from Jira's custom field manager over Mockito. */
public class JiraIssueFieldsTest {

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);

    @Test
    public void onlyNumberFieldsAreOfferedSortedByName() {
        List<CustomField> site = List.of(
                field("customfield_10003", "business value", JiraIssueFields.NUMBER_TYPE),
                field("customfield_10010", "Team", "com.atlassian.jira.plugin.system.customfieldtypes:select"),
                field("customfield_10002", "Story Points", JiraIssueFields.NUMBER_TYPE),
                field("customfield_10011", "Broken", null));
        when(customFields.getCustomFieldObjects()).thenReturn(site);

        assertEquals(List.of(new NumberField("customfield_10003", "business value"),
                        new NumberField("customfield_10002", "Story Points")),
                new JiraIssueFields(customFields).numberFields());
    }

    @Test
    public void aSiteWithoutCustomFieldsOffersNone() {
        when(customFields.getCustomFieldObjects()).thenReturn(null);

        assertEquals(List.of(), new JiraIssueFields(customFields).numberFields());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static CustomField field(String id, String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        if (typeKey != null) {
            CustomFieldType type = mock(CustomFieldType.class);
            when(type.getKey()).thenReturn(typeKey);
            when(field.getCustomFieldType()).thenReturn(type);
        }
        return field;
    }
}
