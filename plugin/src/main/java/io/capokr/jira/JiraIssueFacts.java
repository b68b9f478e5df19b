package io.capokr.jira;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.NumberField;
import io.capokr.okr.StatusCategory;
import io.capokr.service.SiteSettings;

/**
 * Turns Jira issues into {@link IssueFacts}: the one place that knows how, shared by {@link JiraIssueDirectory} and
 * {@link IssueEventListener}.
 * <p>
 * Story points come from the field the administrator chose ({@link SiteSettings#storyPointsFieldId()}); by default
 * from Jira Software's field, "Story Points" or "Story point estimate", when the site has one (custom field names are
 * not unique, so every field of those names is tried, in that order). The fields are looked up once per batch of
 * issues ({@link #converter()}), never once per issue.
 */
public class JiraIssueFacts {

    private final CustomFieldManager customFieldManager;
    private final SiteSettings settings;

    public JiraIssueFacts(CustomFieldManager customFieldManager, SiteSettings settings) {
        this.customFieldManager = customFieldManager;
        this.settings = settings;
    }

    /** The facts of one issue, as it is now. */
    public IssueFacts of(Issue issue) {
        return converter().apply(issue);
    }

    /** A converter for a batch of issues: the story points fields are resolved here, once. */
    public Function<Issue, IssueFacts> converter() {
        List<CustomField> storyPointFields = storyPointFields();
        return issue -> new IssueFacts(
                issue.getId(),
                currentKey(issue),
                issue.getSummary(),
                statusCategory(issue),
                storyPoints(issue, storyPointFields),
                issue.getProjectId());
    }

    /** An issue's key as the app stores and compares it: upper case. */
    static String currentKey(Issue issue) {
        return issue.getKey().toUpperCase(Locale.ROOT);
    }

    private List<CustomField> storyPointFields() {
        Optional<String> chosen = settings.storyPointsFieldId();
        if (chosen.isPresent()) {
            // A chosen field that was since deleted gives no story points, as an unestimated issue would.
            CustomField field = customFieldManager.getCustomFieldObject(chosen.get());
            return field == null ? List.of() : List.of(field);
        }
        List<CustomField> fields = new ArrayList<>();
        for (String name : NumberField.STORY_POINT_NAMES) {
            fields.addAll(nullToEmpty(customFieldManager.getCustomFieldObjectsByName(name)));
        }
        return fields;
    }

    private static StatusCategory statusCategory(Issue issue) {
        Status status = issue.getStatus();
        com.atlassian.jira.issue.status.category.StatusCategory category =
                status == null ? null : status.getStatusCategory();
        return StatusCategory.fromJiraKey(category == null ? null : category.getKey());
    }

    /** The first story points value the issue has among the fields; null when it has none. */
    private static Double storyPoints(Issue issue, List<CustomField> fields) {
        for (CustomField field : fields) {
            if (issue.getCustomFieldValue(field) instanceof Number points) {
                return points.doubleValue();
            }
        }
        return null;
    }

    private static <T> java.util.Collection<T> nullToEmpty(java.util.Collection<T> values) {
        return values == null ? Collections.emptyList() : values;
    }
}
