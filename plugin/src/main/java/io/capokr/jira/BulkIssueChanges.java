package io.capokr.jira;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.capokr.okr.IssueFacts;
import io.capokr.service.IssueSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the issue events of Jira's bulk operations and hands them to {@link IssueSync} in batches. A bulk
 * transition of 500 issues fires 500 events, one per issue; written one by one they would cost 500 transactions
 * and thousands of statements, on the thread running the bulk operation. Here each event only records the issue's
 * facts, and one daemon thread writes what is pending in one call to {@link IssueSync#issuesChanged} (and
 * {@link IssueSync#issuesDeleted}) when {@code batchSize} issues are pending or when no event came for
 * {@code quiet}, whichever comes first.
 * <p>
 * Within a batch the latest event of an issue wins: a change after a deletion writes the change, a deletion after a
 * change deletes. The pending events live in this node's memory only: a node stopping hard loses them, and a failed
 * write is logged and dropped; the copies they missed stay stale until the issue's next event or the reconcile
 * (DESIGN §7), which is the price of never failing or slowing down the user's bulk operation.
 */
public class BulkIssueChanges {

    private static final Logger log = LoggerFactory.getLogger(BulkIssueChanges.class);

    /** How long {@link #stop} waits for a write under way before writing what is left itself. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final IssueSync issueSync;
    private final int batchSize;
    private final Duration quiet;

    /** Issue id to its latest pending facts, in the order they came; null for a deleted issue. Guarded by {@code this}. */
    private final Map<Long, IssueFacts> pending = new LinkedHashMap<>();
    private ScheduledExecutorService writer;
    private Future<?> quietFlush;

    /** What Jira runs: batches of {@value IssueSync#BATCH}, written after one quiet second. */
    public BulkIssueChanges(IssueSync issueSync) {
        this(issueSync, IssueSync.BATCH, Duration.ofSeconds(1));
    }

    BulkIssueChanges(IssueSync issueSync, int batchSize, Duration quiet) {
        this.issueSync = issueSync;
        this.batchSize = batchSize;
        this.quiet = quiet;
    }

    /** Starts the writer thread; events before this are written on the caller's thread. */
    public synchronized void start() {
        if (writer == null) {
            writer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "capokr-bulk-issue-changes");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** Stops the writer thread, letting a write under way finish, then writes what is still pending. */
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = writer;
            writer = null;
            if (quietFlush != null) {
                quietFlush.cancel(false);
            }
        }
        if (stopping != null) {
            // Not shutdownNow: interrupting a write under way could break it halfway through its transaction.
            stopping.shutdown();
            try {
                stopping.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    /** An issue of a bulk operation changed: its facts as the event saw them. */
    public void changed(IssueFacts facts) {
        add(facts.id(), facts);
    }

    /** An issue of a bulk operation was deleted. */
    public void deleted(long issueId) {
        add(issueId, null);
    }

    /**
     * Forgets what is pending for the issue: a later single event for it is written at once, and a batch written
     * after it must not put back older facts. (A batch already being written when the single event comes can still
     * do so, in a window of milliseconds; the issue's next event or the reconcile sets it right.)
     */
    public synchronized void discard(long issueId) {
        pending.remove(issueId);
    }

    private void add(long issueId, IssueFacts factsOrNullWhenDeleted) {
        boolean full;
        synchronized (this) {
            pending.remove(issueId);
            pending.put(issueId, factsOrNullWhenDeleted);
            full = pending.size() >= batchSize;
            if (writer != null) {
                if (quietFlush != null) {
                    quietFlush.cancel(false);
                }
                quietFlush = full ? null : schedule(quiet);
                if (full) {
                    schedule(Duration.ZERO);
                }
                return;
            }
        }
        // Not started (or stopped): nothing would ever write the batch, so write it now.
        flush();
    }

    /** A flush on the writer thread after {@code delay}; null when the writer is shutting down. Called holding the lock. */
    private Future<?> schedule(Duration delay) {
        try {
            return writer.schedule(this::flush, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Writes everything pending, a batch at a time; never throws. */
    void flush() {
        while (true) {
            List<IssueFacts> changed = new ArrayList<>();
            List<Long> deleted = new ArrayList<>();
            synchronized (this) {
                var entries = pending.entrySet().iterator();
                while (entries.hasNext() && changed.size() + deleted.size() < batchSize) {
                    Map.Entry<Long, IssueFacts> entry = entries.next();
                    if (entry.getValue() == null) {
                        deleted.add(entry.getKey());
                    } else {
                        changed.add(entry.getValue());
                    }
                    entries.remove();
                }
            }
            if (changed.isEmpty() && deleted.isEmpty()) {
                return;
            }
            write(deleted.size(), "deleted", () -> issueSync.issuesDeleted(deleted));
            write(changed.size(), "changed", () -> issueSync.issuesChanged(changed));
        }
    }

    private static void write(int issues, String what, Runnable call) {
        if (issues == 0) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            log.error("Could not update Cap's copies of {} issues {} by a bulk operation; the reconcile will repair them",
                    issues, what, e);
        }
    }
}
