package io.capokr.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import org.junit.Test;

/** Which cycle a project page opens on when none is asked for. */
public class ShownByDefaultCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    private static Cycle cycle(long id, String start, String end, CycleState state) {
        return new Cycle(id, "C" + id, LocalDate.parse(start), LocalDate.parse(end), state);
    }

    @Test
    public void theActiveCycleContainingTodayWins() {
        List<Cycle> all = List.of(
                cycle(1, "2027-01-01", "2027-12-31", CycleState.PLANNING),
                cycle(2, "2027-01-01", "2027-03-31", CycleState.ACTIVE));

        assertEquals(2, CycleRules.shownByDefault(all, TODAY).orElseThrow().id());
    }

    @Test
    public void elseAnyCycleContainingToday() {
        List<Cycle> all = List.of(
                cycle(1, "2026-10-01", "2026-12-31", CycleState.CLOSED),
                cycle(2, "2027-01-01", "2027-03-31", CycleState.PLANNING));

        assertEquals(2, CycleRules.shownByDefault(all, TODAY).orElseThrow().id());
    }

    @Test
    public void elseTheNextToStartThenTheLatest() {
        List<Cycle> future = List.of(
                cycle(1, "2027-07-01", "2027-09-30", CycleState.PLANNING),
                cycle(2, "2027-04-01", "2027-06-30", CycleState.PLANNING),
                cycle(3, "2026-10-01", "2026-12-31", CycleState.CLOSED));
        assertEquals(2, CycleRules.shownByDefault(future, TODAY).orElseThrow().id());

        List<Cycle> past = List.of(
                cycle(1, "2026-04-01", "2026-06-30", CycleState.CLOSED),
                cycle(2, "2026-10-01", "2026-12-31", CycleState.CLOSED));
        assertEquals(2, CycleRules.shownByDefault(past, TODAY).orElseThrow().id());
    }

    @Test
    public void noCyclesNoCurrentCycle() {
        assertTrue(CycleRules.shownByDefault(List.of(), TODAY).isEmpty());
    }
}
