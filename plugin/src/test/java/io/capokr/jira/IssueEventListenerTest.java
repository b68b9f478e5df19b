package io.capokr.jira;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.CoreMatchers.allOf;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.operation.SpanningOperation;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.StatusCategory;
import io.capokr.service.IssueSync;
import org.junit.Test;
import io.capokr.service.SiteSettings;
import io.capokr.testing.FakeHost;
import io.capokr.testing.StandardError;

public class IssueEventListenerTest {

    /** Jira's ids for the events the listener meets most (EventType in Jira: created 1, updated 2, moved 9). */
    private static final long ISSUE_CREATED = 1L;
    private static final long ISSUE_UPDATED = 2L;
    private static final long ISSUE_MOVED = 9L;

    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    /** Mocked, as the one exception to "fake our own ports": its own tests run it on real Active Objects. */
    private final IssueSync issueSync = mock(IssueSync.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CustomField storyPoints = mock(CustomField.class);
    /** Batches of 500, and a quiet time no test waits for: the tests stop the listener to see what was pending. */
    private final IssueEventListener listener = new IssueEventListener(eventPublisher, issueSync,
            new JiraIssueFacts(customFields, new SiteSettings(new FakeHost())), new BulkIssueChanges(issueSync, 500, Duration.ofHours(1)));

    @Test
    public void itRegistersWhenTheBeanStartsAndUnregistersWhenItStops() {
        listener.start();
        verify(eventPublisher).register(listener);
        verify(eventPublisher, never()).unregister(any());

        listener.stop();
        verify(eventPublisher).unregister(listener);
    }

    @Test
    public void aDeletedIssueLosesItsLinks() {
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, issue(10001L, "MKT-1", "done", 3.0)));

        verify(issueSync).issueDeleted(10001L);
        verify(issueSync, never()).issueChanged(any());
    }

    @Test
    public void aCreatedUpdatedOrMovedIssueHasItsCopyRefreshed() {
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));

        listener.onIssueEvent(event(ISSUE_UPDATED, issue(10001L, "mkt-1", "indeterminate", 5.0)));

        verify(issueSync).issueChanged(new IssueFacts(10001L, "MKT-1", "Summary of mkt-1", StatusCategory.IN_PROGRESS, 5.0, 10000L));
        verify(issueSync, never()).issueDeleted(anyLong());

        listener.onIssueEvent(event(ISSUE_MOVED, issue(10001L, "OPS-4", "indeterminate", 5.0)));
        verify(issueSync).issueChanged(new IssueFacts(10001L, "OPS-4", "Summary of OPS-4", StatusCategory.IN_PROGRESS, 5.0, 10000L));

        listener.onIssueEvent(event(ISSUE_CREATED, issue(10002L, "MKT-2", "new", null)));
        verify(issueSync).issueChanged(new IssueFacts(10002L, "MKT-2", "Summary of MKT-2", StatusCategory.TO_DO, null, 10000L));
    }

    @Test
    public void aFailureIsLoggedAndNeverFailsTheUsersIssueOperation() {
        doThrow(new IllegalStateException("database gone")).when(issueSync).issueDeleted(10001L);

        // Jira runs the listener inside the user's issue operation: an exception escaping here would fail it.
        String logged = StandardError.of(() ->
                listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, issue(10001L, "MKT-1", "done", null))));

        verify(issueSync).issueDeleted(10001L);
        assertThat("the failure is logged as an error, naming the issue and the cause", logged,
                allOf(containsString("ERROR"), containsString("issue 10001"), containsString("database gone")));

        // ...and the listener goes on serving the next events.
        listener.onIssueEvent(event(ISSUE_CREATED, issue(10002L, "MKT-2", "new", null)));
        verify(issueSync).issueChanged(new IssueFacts(10002L, "MKT-2", "Summary of MKT-2", StatusCategory.TO_DO, null, 10000L));
    }

    @Test
    public void theEventsOfABulkOperationAreWrittenInBatchesOnTheListenersOwnThread() {
        listener.start();
        List<IssueFacts> expected = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(id, "MKT-" + id, "done", null))));
            expected.add(new IssueFacts(id, "MKT-" + id, "Summary of MKT-" + id, StatusCategory.DONE, null, 10000L));
        }

        // The 500th pending issue fills a batch: it is written without waiting for the quiet time.
        verify(issueSync, timeout(10_000)).issuesChanged(expected);
        verify(issueSync, never()).issueChanged(any());
        listener.stop();
        verify(issueSync).issuesChanged(anyCollection());
    }

    @Test
    public void whatABulkOperationLeftPendingIsWrittenWhenTheListenerStops() {
        listener.start();
        listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(1L, "MKT-1", "new", null))));
        listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(2L, "MKT-2", "new", null))));
        listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(1L, "MKT-1", "done", null))));
        listener.onIssueEvent(bulk(event(EventType.ISSUE_DELETED_ID, issue(3L, "MKT-3", "done", null))));
        verifyNoInteractions(issueSync);

        listener.stop();

        verify(issueSync).issuesChanged(List.of(
                new IssueFacts(2L, "MKT-2", "Summary of MKT-2", StatusCategory.TO_DO, null, 10000L),
                new IssueFacts(1L, "MKT-1", "Summary of MKT-1", StatusCategory.DONE, null, 10000L)));
        verify(issueSync).issuesDeleted(List.of(3L));
    }

    @Test
    public void aSingleEventForAnIssueOfAPendingBatchIsWrittenAtOnceAndTheBatchForgetsIt() {
        listener.start();
        listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(1L, "MKT-1", "indeterminate", null))));

        listener.onIssueEvent(event(ISSUE_UPDATED, issue(1L, "MKT-1", "done", null)));
        listener.stop();

        verify(issueSync).issueChanged(new IssueFacts(1L, "MKT-1", "Summary of MKT-1", StatusCategory.DONE, null, 10000L));
        verify(issueSync, never()).issuesChanged(anyCollection());
    }

    @Test
    public void aBatchIsWrittenAfterAQuietTime() {
        IssueEventListener quick = new IssueEventListener(eventPublisher, issueSync, new JiraIssueFacts(customFields, new SiteSettings(new FakeHost())),
                new BulkIssueChanges(issueSync, 500, Duration.ofMillis(20)));
        quick.start();
        try {
            quick.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(1L, "MKT-1", "done", null))));

            verify(issueSync, timeout(10_000)).issuesChanged(
                    List.of(new IssueFacts(1L, "MKT-1", "Summary of MKT-1", StatusCategory.DONE, null, 10000L)));
        } finally {
            quick.stop();
        }
    }

    @Test
    public void aFailedBatchIsLoggedAndNeverReachesJirasThread() {
        doThrow(new IllegalStateException("database gone")).when(issueSync).issuesChanged(anyCollection());
        listener.start();
        listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(1L, "MKT-1", "done", null))));
        listener.onIssueEvent(bulk(event(ISSUE_UPDATED, issue(2L, "MKT-2", "done", null))));

        String logged = StandardError.of(listener::stop);

        assertThat("the failure is logged as an error, with how many issues and the cause", logged,
                allOf(containsString("ERROR"), containsString("2 issues"), containsString("database gone")));
        verify(issueSync).issuesChanged(argThat(facts -> facts.size() == 2));
    }

    private static IssueEvent bulk(IssueEvent event) {
        when(event.getSpanningOperation()).thenReturn(Optional.of(mock(SpanningOperation.class)));
        return event;
    }


    @Test
    public void anEventWithoutAnIssueIsIgnored() {
        listener.onIssueEvent(event(ISSUE_UPDATED, null));

        verifyNoInteractions(issueSync);
    }

    @Test
    public void theHandlerIsAPublicMethodJirasPublisherCanFindAtRuntime() throws NoSuchMethodException {
        EventListener annotation = IssueEventListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .getAnnotation(EventListener.class);

        assertNotNull("@EventListener must be visible at runtime", annotation);
        assertEquals(RetentionPolicy.RUNTIME, EventListener.class.getAnnotation(Retention.class).value());
        assertTrue(java.lang.reflect.Modifier.isPublic(IssueEventListener.class.getModifiers()));
    }

    private static IssueEvent event(Long eventTypeId, Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }

    private Issue issue(long id, String key, String categoryKey, Double points) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Summary of " + key);
        when(issue.getProjectId()).thenReturn(10000L);
        Status status = mock(Status.class);
        com.atlassian.jira.issue.status.category.StatusCategory category =
                mock(com.atlassian.jira.issue.status.category.StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(points);
        return issue;
    }
}
