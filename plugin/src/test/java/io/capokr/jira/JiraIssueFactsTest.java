package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import io.capokr.okr.StatusCategory;
import io.capokr.service.SiteSettings;
import io.capokr.testing.FakeHost;
import org.junit.Test;

public class JiraIssueFactsTest {

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final FakeHost settings = new FakeHost();
    private final JiraIssueFacts facts = new JiraIssueFacts(customFields, new SiteSettings(settings));

    @Test
    public void storyPointsComeFromTheFieldTheAdministratorChoseAndNotFromJiraSoftwaresOnce() {
        CustomField storyPoints = mock(CustomField.class);
        CustomField businessValue = mock(CustomField.class);
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));
        when(customFields.getCustomFieldObject("customfield_10003")).thenReturn(businessValue);
        Issue issue = issue("done");
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(3.0);
        when(issue.getCustomFieldValue(businessValue)).thenReturn(40.0);
        settings.put(SiteSettings.STORY_POINTS_FIELD, "customfield_10003");

        assertEquals(Double.valueOf(40.0), facts.of(issue).storyPoints());
    }

    @Test
    public void aChosenFieldThatWasDeletedGivesNoStoryPoints() {
        CustomField storyPoints = mock(CustomField.class);
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));
        Issue issue = issue("done");
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(3.0);
        settings.put(SiteSettings.STORY_POINTS_FIELD, "customfield_10099");

        assertNull(facts.of(issue).storyPoints());
    }

    @Test
    public void storyPointsComeFromTheStoryPointEstimateFieldWhenThatIsTheOneTheSiteHas() {
        CustomField estimate = mock(CustomField.class);
        when(customFields.getCustomFieldObjectsByName("Story point estimate")).thenReturn(List.of(estimate));
        Issue issue = issue("done");
        when(issue.getCustomFieldValue(estimate)).thenReturn(13.0);

        assertEquals(Double.valueOf(13.0), facts.of(issue).storyPoints());
    }

    @Test
    public void theFirstFieldWithAValueWinsAmongFieldsOfTheSameName() {
        CustomField unused = mock(CustomField.class);
        CustomField used = mock(CustomField.class);
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(unused, used));
        Issue issue = issue("done");
        when(issue.getCustomFieldValue(used)).thenReturn(2);

        assertEquals(Double.valueOf(2.0), facts.of(issue).storyPoints());
    }

    @Test
    public void aValueThatIsNotANumberIsNoStoryPoints() {
        CustomField text = mock(CustomField.class);
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(text));
        Issue issue = issue("done");
        when(issue.getCustomFieldValue(text)).thenReturn("five");

        assertNull(facts.of(issue).storyPoints());
    }

    @Test
    public void statusCategoriesMapByTheirJiraKeyAndAnythingElseCountsAsToDo() {
        assertEquals(StatusCategory.TO_DO, facts.of(issue("new")).statusCategory());
        assertEquals(StatusCategory.IN_PROGRESS, facts.of(issue("indeterminate")).statusCategory());
        assertEquals(StatusCategory.DONE, facts.of(issue("done")).statusCategory());
        assertEquals(StatusCategory.TO_DO, facts.of(issue("undefined")).statusCategory());

        Issue withoutStatus = issue("done");
        when(withoutStatus.getStatus()).thenReturn(null);
        assertEquals(StatusCategory.TO_DO, facts.of(withoutStatus).statusCategory());
    }

    private static Issue issue(String categoryKey) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10001L);
        when(issue.getKey()).thenReturn("MKT-1");
        when(issue.getProjectId()).thenReturn(10000L);
        Status status = mock(Status.class);
        com.atlassian.jira.issue.status.category.StatusCategory category =
                mock(com.atlassian.jira.issue.status.category.StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getStatus()).thenReturn(status);
        return issue;
    }
}
