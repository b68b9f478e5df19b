package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.TimeUnit;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.capokr.host.Locks;
import org.junit.Test;

public class ClusterLocksTest {

    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);

    @Test
    public void theWorkRunsUnderTheNamedClusterLockWhichIsThenReleased() throws Exception {
        when(lockService.getLockForName("io.capokr.jira.objective:7")).thenReturn(lock);
        when(lock.tryLock(ClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertEquals("done", new ClusterLocks(lockService).exclusively("objective:7", () -> "done"));
        verify(lock).unlock();
    }

    @Test
    public void theLockIsReleasedWhenTheWorkFails() throws Exception {
        when(lockService.getLockForName("io.capokr.jira.objective:7")).thenReturn(lock);
        when(lock.tryLock(ClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertThrows(IllegalStateException.class, () -> new ClusterLocks(lockService).exclusively("objective:7", () -> {
            throw new IllegalStateException("boom");
        }));
        verify(lock).unlock();
    }

    @Test
    public void aLockHeldElsewhereTooLongIsBusyAndTheWorkDoesNotRun() throws Exception {
        when(lockService.getLockForName("io.capokr.jira.objective:7")).thenReturn(lock);
        when(lock.tryLock(ClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);

        assertThrows(Locks.Busy.class, () -> new ClusterLocks(lockService).exclusively("objective:7", () -> {
            throw new AssertionError("must not run");
        }));
        verify(lock, never()).unlock();
    }
}
