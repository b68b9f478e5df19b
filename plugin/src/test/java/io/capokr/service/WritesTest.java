package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.capokr.host.Locks;
import org.junit.Test;

/** How edits are serialised: by a small, fixed set of cluster lock names, and a busy lock is a 409. */
public class WritesTest {

    private final List<String> lockNames = new ArrayList<>();
    private final Locks recordingLocks = new Locks() {
        @Override
        public <T> T exclusively(String name, Supplier<T> work) {
            lockNames.add(name);
            return work.get();
        }
    };
    /** Transactions are Active Objects' business; here the work simply runs. */
    private final Writes writes = new Writes(null, recordingLocks) {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    @Test
    public void lockNamesComeFromAFixedSetWhateverTheNumberOfObjects() {
        Set<String> names = new HashSet<>();
        for (long id = 1; id <= 10_000; id++) {
            names.add(Writes.stripe("objective", id));
            names.add(Writes.stripe("keyresult", id));
        }

        assertEquals(2 * Writes.STRIPES, names.size());
        assertTrue(names.contains("objective.0"));
        assertTrue(names.contains("keyresult." + (Writes.STRIPES - 1)));
    }

    @Test
    public void anEditRunsUnderItsStripesLock() {
        assertEquals("done", writes.onObjective(70, () -> "done"));
        writes.onKeyResult(6, () -> null);

        assertEquals(List.of("objective.6", "keyresult.6"), lockNames);
    }

    @Test
    public void theSameObjectAlwaysTakesTheSameLockAndKindsDoNotShareLocks() {
        assertEquals(Writes.stripe("objective", 7), Writes.stripe("objective", 7 + Writes.STRIPES));
        assertTrue(!Writes.stripe("objective", 7).equals(Writes.stripe("keyresult", 7)));
    }

    @Test
    public void aBusyLockIsAConflictTheCallerCanRetry() {
        Locks busy = new Locks() {
            @Override
            public <T> T exclusively(String name, Supplier<T> work) {
                throw new Locks.Busy(name);
            }
        };

        ConflictException refusal = assertThrows(ConflictException.class,
                () -> new Writes(null, busy).onKeyResult(3, () -> "never"));
        assertEquals("capokr.error.busy", refusal.messageKey());
    }
}
