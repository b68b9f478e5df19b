package io.capokr.sandbox.host;

import java.util.List;

import io.capokr.host.AppSettings;
import io.capokr.host.IssueFields;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.NumberField;
import io.capokr.sandbox.host.SampleTracker.Issue;
import io.capokr.service.SiteSettings;

/**
 * The sample site's numeric custom fields, as Jira's would be: Jira Software's "Story Points", where the sample
 * issues keep their estimates, and a "Business Value" field, so that an administrator can choose another field and
 * watch progress follow. Turns the tracker's issues into facts with the points of the field chosen in Cap's
 * settings, as the plugin's Jira side does.
 */
public final class SampleFields implements IssueFields {

    public static final NumberField STORY_POINTS = new NumberField("customfield_10002", "Story Points");
    public static final NumberField BUSINESS_VALUE = new NumberField("customfield_10003", "Business Value");

    private final AppSettings settings;

    public SampleFields(AppSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<NumberField> numberFields() {
        return List.of(BUSINESS_VALUE, STORY_POINTS);
    }

    /** The issue's facts, its points read from the chosen field (Story Points by default, as Jira Software's). */
    public IssueFacts facts(Issue issue) {
        String field = settings.get(SiteSettings.STORY_POINTS_FIELD).orElse(STORY_POINTS.id());
        IssueFacts facts = issue.facts();
        Double points = field.equals(STORY_POINTS.id()) ? facts.storyPoints()
                : field.equals(BUSINESS_VALUE.id()) ? businessValue(issue) : null;
        return new IssueFacts(facts.id(), facts.key(), facts.summary(), facts.statusCategory(), points, facts.projectId());
    }

    /** Every sample issue has a business value, from 10 to 50, fixed by its id so that it is the same on every start. */
    static double businessValue(Issue issue) {
        return (issue.id() % 5 + 1) * 10.0;
    }
}
