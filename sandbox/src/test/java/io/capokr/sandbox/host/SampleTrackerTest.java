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

        Issue moved = tracker.transition("mkt-3", tracker.firstStatusOf(StatusCategory.DONE).orElseThrow());

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
        tracker.transition("MKT-2", tracker.status("in review").orElseThrow());
        subscription.close();
        tracker.transition("MKT-2", tracker.status("Done").orElseThrow());

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
        assertEquals("To Do", tracker.firstStatusOf(StatusCategory.NEW).orElseThrow().name());
        assertEquals("In Progress", tracker.firstStatusOf(StatusCategory.INDETERMINATE).orElseThrow().name());
        assertEquals("Done", tracker.firstStatusOf(StatusCategory.DONE).orElseThrow().name());
    }

    @Test
    public void aStatusChangingCategoryTakesItsIssuesAlongAndPublishesNothing() {
        tracker.subscribe(recorder);

        SampleTracker.Status changed = tracker.changeCategory("in review", StatusCategory.DONE);

        assertEquals(new SampleTracker.Status("In Review", StatusCategory.DONE), changed);
        assertEquals(List.of(), heard);
        assertEquals(io.capokr.okr.StatusCategory.DONE, tracker.issue("MKT-5").orElseThrow().facts().statusCategory());
        assertEquals(StatusCategory.DONE, tracker.status("In Review").orElseThrow().category());
        assertEquals(changed, tracker.workflow().get(2));
        // An issue moved there later lands in the new category, whatever category the caller's Status says.
        tracker.transition("MKT-3", SampleTracker.WORKFLOW.get(2));
        assertEquals(StatusCategory.DONE, tracker.issue("MKT-3").orElseThrow().status().category());
        // The workflow's definition, which a new tracker (a restarted sandbox) starts from, is unchanged.
        assertEquals(StatusCategory.INDETERMINATE, SampleTracker.WORKFLOW.get(2).category());
        assertEquals(StatusCategory.INDETERMINATE, new SampleTracker().status("In Review").orElseThrow().category());
    }

    @Test
    public void aCategoryLeftWithoutStatusesHasNoFirstStatus() {
        tracker.changeCategory("To Do", StatusCategory.INDETERMINATE);

        assertTrue(tracker.firstStatusOf(StatusCategory.NEW).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> tracker.changeCategory("Blocked", StatusCategory.NEW));
    }
}
