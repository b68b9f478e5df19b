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
    public void severalCyclesAreLockedOnceEachInStripeOrderWhateverTheOrderAsked() {
        long sharesStripeWithThree = 3 + Writes.STRIPES;

        assertEquals("done", writes.onCycles(List.of(40L, 3L, sharesStripeWithThree, 12L), () -> "done"));
        writes.onCycles(List.of(12L, 40L, 3L), () -> null);

        List<String> ordered = List.of("cycle.3", "cycle.12", "cycle.40");
        assertEquals(ordered, lockNames.subList(0, 3));
        assertEquals("the same order from any request, so two never wait on each other in a circle", ordered,
                lockNames.subList(3, 6));
    }

    @Test
    public void deletesTakeTheParentsLocksFromTheOutsideInAndTheKeyResultsOnceNoneCanBeAdded() {
        List<String> readWhileHolding = new ArrayList<>();

        writes.onObjectiveTree(5, 70, () -> {
            readWhileHolding.addAll(lockNames);
            return List.of(70L + Writes.STRIPES, 9L, 6L);
        }, () -> null);
        writes.onObjectiveAndKeyResult(70, 9L, () -> null);
        writes.onObjectiveAndKeyResult(70, null, () -> null);

        assertEquals(List.of("cycle.5", "objective.6"), readWhileHolding);
        assertEquals(List.of("cycle.5", "objective.6", "keyresult.6", "keyresult.9",
                "objective.6", "keyresult.9", "objective.6"), lockNames);
    }

    @Test
    public void aCarryTouchesItsCycleItsNamedTargetsAndTheNextCycleForTheRest() {
        io.capokr.okr.Cycle closing = cycle(1, "2027-01-01", "2027-03-31", io.capokr.okr.CycleState.ACTIVE);
        io.capokr.okr.Cycle next = cycle(2, "2027-04-01", "2027-06-30", io.capokr.okr.CycleState.PLANNING);
        io.capokr.okr.Cycle later = cycle(3, "2027-07-01", "2027-09-30", io.capokr.okr.CycleState.PLANNING);
        List<io.capokr.okr.Cycle> all = List.of(closing, next, later);

        assertEquals(Set.of(1L, 3L), new CarryRequest(List.of(new CarryRequest.Carry(10L, 3L)), List.of(11L))
                .cyclesTouched(1, all));
        assertEquals(Set.of(1L, 2L, 3L), new CarryRequest(List.of(new CarryRequest.Carry(10L, 3L),
                new CarryRequest.Carry(12L, null)), List.of()).cyclesTouched(1, all));
    }

    private static io.capokr.okr.Cycle cycle(long id, String start, String end, io.capokr.okr.CycleState state) {
        return new io.capokr.okr.Cycle(id, "Q" + id, java.time.LocalDate.parse(start), java.time.LocalDate.parse(end),
                state, 1);
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
