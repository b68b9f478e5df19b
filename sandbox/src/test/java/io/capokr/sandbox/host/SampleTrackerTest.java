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
    public void twelveSampleIssuesSixPerProjectTwoOfThemRestricted() {
        assertEquals(6, tracker.issues("MKT").size());
        assertEquals(6, tracker.issues("SALES").size());
        assertEquals(List.of("MKT-6", "SALES-6"),
                tracker.issues().stream().filter(issue -> issue.security() != null).map(Issue::key).toList());
        assertTrue(tracker.issues().stream().anyMatch(issue -> issue.storyPoints() == null));
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

        assertEquals(11, heard.size());
        assertEquals("changed MKT-2 In Progress", heard.get(0));
    }

    @Test
    public void moveToACategoryPicksItsFirstStatus() {
        assertEquals("To Do", SampleTracker.firstStatusOf(StatusCategory.NEW).name());
        assertEquals("In Progress", SampleTracker.firstStatusOf(StatusCategory.INDETERMINATE).name());
        assertEquals("Done", SampleTracker.firstStatusOf(StatusCategory.DONE).name());
    }
}
