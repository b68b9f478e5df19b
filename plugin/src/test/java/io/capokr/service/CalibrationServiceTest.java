package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CalibrationWarning;
import io.capokr.okr.CalibrationWarning.Code;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.store.ProgressSnapStore;
import org.junit.Test;

/** The calibration warnings as a save answers them and as the project's read model carries them. */
public class CalibrationServiceTest extends OkrFixture {

    public CalibrationServiceTest(TestDatabase database) {
        super(database);
    }

    private static List<Code> codes(List<CalibrationWarning> warnings) {
        return warnings.stream().map(CalibrationWarning::code).toList();
    }

    private KeyResult metric(Objective objective, String title, double start, double target, String unit) {
        host.loggedInAs("lead");
        return okr().keyResults.create(objective.id(),
                new KeyResultDraft(title, "METRIC", start, target, null, unit, null, null, null, null), null);
    }

    private void on(String day) {
        host.at(Instant.parse(day + "T10:00:00Z"));
    }

    private ProjectOkrs.ObjectiveRow row(Cycle cycle) {
        host.loggedInAs("member");
        return okr().projectOkrs.forProject("MKT", cycle.id()).objectives().get(0);
    }

    @Test
    public void aSavedKeyResultAnswersItsWarnings() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult noUnit = metric(grow, "Signups", 10, 10, "");
        assertEquals(List.of(Code.METRIC_NO_UNIT, Code.METRIC_START_EQUALS_TARGET),
                codes(okr().calibration.forKeyResult(noUnit.id())));
        KeyResult ship = issuesKeyResult(grow, "Ship", "lead");
        assertEquals(List.of(Code.ISSUES_NO_CONTRIBUTING_ISSUE), codes(okr().calibration.forKeyResult(ship.id())));
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1"), true);
        assertEquals(List.of(), codes(okr().calibration.forKeyResult(ship.id())));
    }

    @Test
    public void theSixthKeyResultIsToldItIsOneTooMany() {
        Cycle cycle = quarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        for (int i = 0; i < 5; i++) {
            KeyResult kr = metric(grow, "KR " + i, 0, 10, "deals");
            assertEquals(List.of(), codes(okr().calibration.forKeyResult(kr.id())));
        }
        KeyResult sixth = metric(grow, "KR 6", 0, 10, "deals");
        assertEquals(List.of(Code.OBJECTIVE_TOO_MANY_KEY_RESULTS), codes(okr().calibration.forKeyResult(sixth.id())));
        assertEquals(List.of(Code.OBJECTIVE_TOO_MANY_KEY_RESULTS), codes(row(cycle).warnings()));
        assertTrue(row(cycle).keyResults().stream().allMatch(k -> k.warnings().isEmpty()));
    }

    @Test
    public void theReadModelCarriesWarningsPerObjectiveAndPerKeyResult() {
        Cycle cycle = quarter();
        objective(cycle, "MKT", "Empty", "lead");
        ProjectOkrs.ObjectiveRow empty = row(cycle);
        assertEquals(List.of(Code.OBJECTIVE_NO_KEY_RESULT), codes(empty.warnings()));

        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        metric(grow, "Revenue", 0, 100, "");
        host.loggedInAs("member");
        ProjectOkrs.ObjectiveRow growRow = okr().projectOkrs.forProject("MKT", cycle.id()).objectives().get(1);
        assertEquals(List.of(), growRow.warnings());
        assertEquals(List.of(Code.METRIC_NO_UNIT), codes(growRow.keyResults().get(0).warnings()));
    }

    @Test
    public void aKeyResultBehindItsPaceIsForecastUnderTheFloorOnceAThirdHasPassed() {
        Cycle cycle = quarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        on("2027-01-01");
        KeyResult slow = metric(grow, "Signups", 0, 100, "signups");
        KeyResult fast = metric(grow, "Demos", 0, 100, "demos");
        host.loggedInAs("lead");
        on("2027-01-10");
        okr().checkIns.record(slow.id(), new CheckInDraft(3.0, "ON_TRACK", ""));
        okr().checkIns.record(fast.id(), new CheckInDraft(10.0, "ON_TRACK", ""));
        on("2027-01-25");
        okr().checkIns.record(slow.id(), new CheckInDraft(8.0, "ON_TRACK", ""));
        okr().checkIns.record(fast.id(), new CheckInDraft(30.0, "ON_TRACK", ""));

        on("2027-02-14");
        host.loggedInAs("lead");
        okr().checkIns.record(fast.id(), new CheckInDraft(50.0, "ON_TRACK", ""));

        on("2027-01-25");
        assertEquals("before a third of the cycle, no forecast", List.of(),
                row(cycle).keyResults().stream().flatMap(k -> k.warnings().stream()).toList());
        on("2027-02-15");
        ProjectOkrs.ObjectiveRow row = row(cycle);
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET), codes(row.keyResults().get(0).warnings()));
        assertEquals(List.of(), codes(row.keyResults().get(1).warnings()));
        host.loggedInAs("lead");
        assertEquals(List.of(Code.FORECAST_BELOW_TARGET), codes(okr().calibration.forKeyResult(slow.id())));
    }

    @Test
    public void aClosedCycleHasNoWarnings() {
        Cycle cycle = quarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        metric(grow, "Revenue", 0, 0, "");
        host.loggedInAs("admin");
        okr().cycles.start(cycle.id());
        okr().cycles.close(cycle.id());
        ProjectOkrs.ObjectiveRow row = row(cycle);
        assertEquals(List.of(), row.warnings());
        assertEquals(List.of(), row.keyResults().get(0).warnings());
    }

    @Test
    public void theHistoryIsReadForOneProjectAndCycleOnly() {
        Cycle cycle = quarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        Objective sell = objective(cycle, "SALES", "Sell", "admin");
        Objective company = objective(cycle, null, "Lead", "admin");
        on("2027-01-05");
        KeyResult mine = metric(grow, "Signups", 0, 100, "signups");
        host.loggedInAs("admin");
        okr().keyResults.create(sell.id(), new KeyResultDraft("Deals", "METRIC", 0.0, 10.0, null, "deals", null, null,
                null, null), null);
        okr().keyResults.create(company.id(), new KeyResultDraft("NPS", "METRIC", 0.0, 10.0, null, "pts", null, null,
                null, null), null);

        Map<Long, List<ProgressPoint>> points = new ProgressSnapStore(ao.activeObjects())
                .forProjectInCycle(cycle.id(), 10000);
        assertEquals(Map.of(mine.id(), List.of(new ProgressPoint(java.time.LocalDate.parse("2027-01-05"), 0))), points);
    }
}
