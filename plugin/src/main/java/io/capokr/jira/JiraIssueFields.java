package io.capokr.jira;

import java.util.Comparator;
import java.util.List;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import io.capokr.host.IssueFields;
import io.capokr.okr.NumberField;

/**
 * The site's numeric custom fields: Jira's "Number Field" type, which Jira Software's story points field also is.
 * Compared by the type's module key rather than by class, since the type's implementation classes are not part of
 * the API Jira exports to apps.
 */
public class JiraIssueFields implements IssueFields {

    /** The module key of Jira's number custom field type. */
    static final String NUMBER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";

    private final CustomFieldManager customFieldManager;

    public JiraIssueFields(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    @Override
    public List<NumberField> numberFields() {
        List<CustomField> fields = customFieldManager.getCustomFieldObjects();
        return fields == null ? List.of() : fields.stream()
                .filter(JiraIssueFields::isNumber)
                .map(field -> new NumberField(field.getId(), field.getName()))
                .sorted(Comparator.comparing(NumberField::name, String.CASE_INSENSITIVE_ORDER).thenComparing(NumberField::id))
                .toList();
    }

    private static boolean isNumber(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && NUMBER_TYPE.equals(type.getKey());
    }
}
