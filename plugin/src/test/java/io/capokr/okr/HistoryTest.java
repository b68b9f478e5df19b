package io.capokr.okr;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capokr.okr.History.Step;
import org.junit.Test;

public class HistoryTest {

    private static final LocalDate MON = LocalDate.parse("2027-01-04");
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);

    private static ProgressPoint at(LocalDate day, double progress) {
        return new ProgressPoint(day, progress);
    }

    @Test
    public void aKeyResultWithoutPointsGetsItsFirstWhateverItsProgress() {
        assertEquals(Step.ADD, History.step(null, null, MON, 0));
        assertEquals(Step.ADD, History.step(null, null, MON, 0.4));
    }

    @Test
    public void anUnchangedProgressWritesNothing() {
        assertEquals(Step.KEEP, History.step(at(MON, 0.25), null, TUE, 0.25));
        assertEquals(Step.KEEP, History.step(at(TUE, 0.25), at(MON, 0.1), TUE, 0.25 + 1e-12));
    }

    @Test
    public void aChangeOnANewDayAddsThatDay() {
        assertEquals(Step.ADD, History.step(at(MON, 0.25), null, TUE, 0.5));
    }

    @Test
    public void aSecondChangeTheSameDayReplacesThatDaysPoint() {
        assertEquals(Step.REPLACE, History.step(at(TUE, 0.5), at(MON, 0.25), TUE, 0.75));
        assertEquals(Step.REPLACE, History.step(at(TUE, 0.5), null, TUE, 0.75));
    }

    @Test
    public void aChangeBackToTheDayBeforesValueRemovesTheDay() {
        assertEquals(Step.REMOVE, History.step(at(TUE, 0.5), at(MON, 0.25), TUE, 0.25));
    }

    @Test
    public void anObjectiveCarriesEachKeyResultForwardAndWeighsThem() {
        Map<Long, List<ProgressPoint>> points = Map.of(
                1L, List.of(at(MON, 0.2), at(WED, 0.8)),
                2L, List.of(at(TUE, 0.5)));
        List<ProgressPoint> series = History.ofObjective(points, Map.of(1L, 1.0, 2L, 3.0));
        assertEquals(List.of(MON, TUE, WED), series.stream().map(ProgressPoint::day).toList());
        // Monday: only key result 1 exists yet; Tuesday: 1 carried forward at 0.2; Wednesday: 2 carried at 0.5.
        assertEquals(0.2, series.get(0).progress(), 1e-9);
        assertEquals((0.2 + 3 * 0.5) / 4, series.get(1).progress(), 1e-9);
        assertEquals((0.8 + 3 * 0.5) / 4, series.get(2).progress(), 1e-9);
    }

    @Test
    public void anObjectiveWeighsAsProgressOfObjectiveDoes() {
        Map<Long, List<ProgressPoint>> points = Map.of(1L, List.of(at(MON, 0.2)), 2L, List.of(at(MON, 0.6)));
        // every weight 0: each counts the same
        assertEquals(0.4, History.ofObjective(points, Map.of(1L, 0.0, 2L, 0.0)).get(0).progress(), 1e-9);
        // one weight 0: that one does not count
        assertEquals(0.6, History.ofObjective(points, Map.of(1L, 0.0, 2L, 1.0)).get(0).progress(), 1e-9);
    }

    @Test
    public void pointsInAnyOrderAndNoPointsAtAll() {
        Map<Long, List<ProgressPoint>> points = Map.of(1L, List.of(at(WED, 1.0), at(MON, 0.5)));
        List<ProgressPoint> series = History.ofObjective(points, Map.of());
        assertEquals(List.of(at(MON, 0.5), at(WED, 1.0)), series);
        assertEquals(List.of(), History.ofObjective(Map.of(), Map.of()));
    }
}
