package io.capokr.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.capokr.service.SiteSettings;
import org.junit.Test;

/** The sample site's numeric fields: story points from the field chosen in Cap's settings, as in Jira. */
public class SampleFieldsTest {

    private final SampleTracker tracker = new SampleTracker();
    private final InMemorySettings settings = new InMemorySettings();
    private final SampleFields fields = new SampleFields(settings);

    @Test
    public void storyPointsComeFromStoryPointsUnlessAnotherFieldIsChosen() {
        SampleTracker.Issue estimated = tracker.issues().stream().filter(issue -> issue.storyPoints() != null)
                .findFirst().orElseThrow();
        assertEquals(estimated.storyPoints(), fields.facts(estimated).storyPoints());

        settings.put(SiteSettings.STORY_POINTS_FIELD, SampleFields.BUSINESS_VALUE.id());
        assertEquals(Double.valueOf(SampleFields.businessValue(estimated)), fields.facts(estimated).storyPoints());

        settings.put(SiteSettings.STORY_POINTS_FIELD, "customfield_gone");
        assertNull("a field the site does not have gives no points", fields.facts(estimated).storyPoints());
    }
}
