package io.capokr.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.capokr.service.IssueSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the app's copies of issue facts current as Jira's issues change, so that progress is right at the next read.
 * A deleted issue loses its links; any other issue event (created, edited, transitioned, moved…) refreshes the copy
 * of its key, status category and story points.
 * <p>
 * Registered with Jira's event publisher by {@link #start()} and unregistered by {@link #stop()}, which the bean
 * lifecycle calls (init-method / destroy-method), so a disabled or reloaded plugin leaves no listener behind.
 * <p>
 * Jira calls this on the thread of the user whose operation raised the event, so the work is bounded and takes
 * no lock of ours: one read of the issue's links by an indexed column, and a write only for links whose copy
 * actually changed ({@code IssueSync}); an issue linked nowhere costs one indexed read.
 * <p>
 * A bulk operation (bulk edit, transition, move or delete) fires one event per issue, each carrying the operation
 * that spans them ({@code IssueEvent.getSpanningOperation()}). Those events only record the issue's facts, read from
 * the event's issue on this thread, and {@link BulkIssueChanges} writes them in batches on its own thread; a single
 * event for an issue still pending there is written at once and drops the pending one.
 * <p>
 * A failure here is logged and swallowed: it must never fail the user's issue operation. A copy that missed
 * an update stays stale until the issue's next event, or until the drift-repair job of DESIGN §7 corrects it.
 */
public class IssueEventListener {

    private static final Logger log = LoggerFactory.getLogger(IssueEventListener.class);

    private final EventPublisher eventPublisher;
    private final IssueSync issueSync;
    private final JiraIssueFacts issueFacts;
    private final BulkIssueChanges bulk;

    public IssueEventListener(EventPublisher eventPublisher, IssueSync issueSync, JiraIssueFacts issueFacts) {
        this(eventPublisher, issueSync, issueFacts, new BulkIssueChanges(issueSync));
    }

    IssueEventListener(EventPublisher eventPublisher, IssueSync issueSync, JiraIssueFacts issueFacts, BulkIssueChanges bulk) {
        this.eventPublisher = eventPublisher;
        this.issueSync = issueSync;
        this.issueFacts = issueFacts;
        this.bulk = bulk;
    }

    public void start() {
        bulk.start();
        eventPublisher.register(this);
    }

    /** Unregisters first, so no event comes in while the last bulk changes are written. */
    public void stop() {
        eventPublisher.unregister(this);
        bulk.stop();
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        try {
            boolean deleted = EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId());
            if (event.getSpanningOperation().isPresent()) {
                if (deleted) {
                    bulk.deleted(issue.getId());
                } else {
                    bulk.changed(issueFacts.of(issue));
                }
                return;
            }
            bulk.discard(issue.getId());
            if (deleted) {
                issueSync.issueDeleted(issue.getId());
            } else {
                issueSync.issueChanged(issueFacts.of(issue));
            }
        } catch (RuntimeException e) {
            log.error("Could not update Cap's copy of issue {} after event type {}", issue.getId(),
                    event.getEventTypeId(), e);
        }
    }
}
