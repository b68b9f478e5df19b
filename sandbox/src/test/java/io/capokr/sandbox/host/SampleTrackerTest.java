package io.capokr.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.capokr.sandbox.host.SampleTracker.Issue;
import io.capokr.sandbox.host.SampleTracker.StatusCategory;
import org.junit.Test;

/** The sample tracker's workflow, and the events it publishes as Jira's EventPublisher would. */
public class SampleTrackerTest {

    private final SampleTracker tracker = new SampleTracker();
    private final List<String> heard = new ArrayList<>();

    /** Records what it hears, and checks that the tracker already shows the change when it is published. */
    private final SampleTracker.IssueEvents recorder = new SampleTracker.IssueEvents() {
        @Override
        public void issueChanged(Issue issue) {
            assertEquals(issue, tracker.issue(issue.key()).orElseThrow());
            heard.add("changed " + issue.key() + " " + issue.status().name());
        }

        @Override
        public void issueDeleted(Issue issue) {
            assertTrue(tracker.issue(issue.key()).isEmpty());
            heard.add("deleted " + issue.key() + " " + issue.id());
        }
    };

    @Test
    public void fortySampleIssuesTwentyPerProjectTwoOfThemRestricted() {
        assertEquals(20, tracker.issues("MKT").size());
        assertEquals(20, tracker.issues("SALES").size());
        assertEquals(List.of("MKT-6", "SALES-6"),
                tracker.issues().stream().filter(issue -> issue.security() != null).map(Issue::key).toList());
        assertTrue(tracker.issues().stream().anyMatch(issue -> issue.storyPoints() == null));
    }

    /** Tests and the README rely on the first six of each project exactly as they are. */
    @Test
    public void theFirstSixIssuesOfEachProjectAreAsTheyWere() {
        assertEquals(List.of(
                        "10100 MKT-1 Launch the spring campaign landing page | Done | 5.0 | null",
                        "10101 MKT-2 Write three customer case studies | In Progress | 8.0 | null",
                        "10102 MKT-3 Set up A/B tests for the newsletter | To Do | 3.0 | null",
                        "10103 MKT-4 Refresh the brand guidelines | Done | 2.0 | null",
                        "10104 MKT-5 Plan the trade-show booth | In Review | 5.0 | null",
                        "10105 MKT-6 Audit SEO of the product pages | To Do | null | Leadership",
                        "10106 SALES-1 Qualify inbound leads from the webinar | Done | 3.0 | null",
                        "10107 SALES-2 Build a pricing calculator for reps | In Progress | 8.0 | null",
                        "10108 SALES-3 Train the team on the new CRM stages | Done | 2.0 | null",
                        "10109 SALES-4 Prepare the partner deck | To Do | 3.0 | null",
                        "10110 SALES-5 Renegotiate the ten largest renewals | In Progress | 13.0 | null",
                        "10111 SALES-6 Write the objection-handling playbook | To Do | null | Confidential"),
                tracker.issues().stream().filter(issue -> issue.id() <= 10111)
                        .map(issue -> issue.id() + " " + issue.key() + " " + issue.summary() + " | " + issue.status().name()
                                + " | " + issue.storyPoints() + " | "
                                + (issue.security() == null ? null : issue.security().name()))
                        .toList());
        assertTrue(tracker.issues().stream().filter(issue -> issue.id() > 10111)
                .allMatch(issue -> Integer.parseInt(issue.key().substring(issue.key().indexOf('-') + 1)) > 6));
    }

    @Test
    public void theSampleHasIssuesInEveryStatusOfTheWorkflowInBothProjects() {
        for (String project : List.of("MKT", "SALES")) {
            assertEquals(project, SampleTracker.WORKFLOW,
                    SampleTracker.WORKFLOW.stream().filter(status -> tracker.issues(project).stream()
                            .anyMatch(issue -> issue.status().equals(status))).toList());
        }
    }

    @Test
    public void aTransitionIsPublishedAfterTheChange() {
        tracker.subscribe(recorder);

        Issue moved = tracker.transition("mkt-3", SampleTracker.firstStatusOf(StatusCategory.DONE));

        assertEquals("Done", moved.status().name());
        assertEquals(io.capokr.okr.StatusCategory.DONE, tracker.issue("MKT-3").orElseThrow().facts().statusCategory());
        assertEquals(List.of("changed MKT-3 Done"), heard);
    }

    @Test
    public void aDeletionIsPublishedAfterTheChange() {
        tracker.subscribe(recorder);

        tracker.delete("SALES-2");

        assertEquals(List.of("deleted SALES-2 10107"), heard);
        assertTrue(tracker.issue(10107).isEmpty());
    }

    @Test
    public void unknownIssuesAreRefusedAndNothingIsPublished() {
        tracker.subscribe(recorder);

        assertThrows(IllegalArgumentException.class, () -> tracker.transition("MKT-99", SampleTracker.WORKFLOW.get(0)));
        assertThrows(IllegalArgumentException.class, () -> tracker.delete("MKT-99"));
        assertThrows(IllegalArgumentException.class,
                () -> tracker.transition("MKT-1", new SampleTracker.Status("Blocked", StatusCategory.NEW)));
        assertEquals(List.of(), heard);
    }

    @Test
    public void aClosedSubscriptionHearsNothingMore() {
        SampleTracker.Subscription subscription = tracker.subscribe(recorder);
        tracker.transition("MKT-2", SampleTracker.status("in review").orElseThrow());
        subscription.close();
        tracker.transition("MKT-2", SampleTracker.status("Done").orElseThrow());

        assertEquals(List.of("changed MKT-2 In Review"), heard);
    }

    @Test
    public void republishingAnnouncesEveryIssueAsItIs() {
        tracker.delete("MKT-1");
        tracker.subscribe(recorder);

        tracker.republishAll();

        assertEquals(tracker.issues().size(), heard.size());
        assertEquals(39, heard.size());
        assertEquals("changed MKT-2 In Progress", heard.get(0));
    }

    @Test
    public void moveToACategoryPicksItsFirstStatus() {
        assertEquals("To Do", SampleTracker.firstStatusOf(StatusCategory.NEW).name());
        assertEquals("In Progress", SampleTracker.firstStatusOf(StatusCategory.INDETERMINATE).name());
        assertEquals("Done", SampleTracker.firstStatusOf(StatusCategory.DONE).name());
    }
}
