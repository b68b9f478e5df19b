package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import org.junit.Test;

/** A key result's chart on real databases: its calendar, history and check-ins, in statements that do not grow. */
public class ChartServiceTest extends OkrFixture {

    public ChartServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void theChartHasTheCyclesCalendarTheHistoryAndTheCheckInsOldestFirst() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-01-05T09:00:00Z"));
        KeyResult signups = metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead");
        host.loggedInAs("member");
        host.at(Instant.parse("2027-01-12T09:00:00Z"));
        okr().checkIns.record(signups.id(), new CheckInDraft(20.0, "ON_TRACK", "Good start"));
        host.at(Instant.parse("2027-01-19T09:00:00Z"));
        okr().checkIns.record(signups.id(), new CheckInDraft(30.0, "AT_RISK", "Slower"));

        ChartService.KeyResultChart chart = okr().charts.keyResult(signups.id());

        assertEquals(cycle.startDate(), chart.cycle().startDate());
        assertEquals(cycle.endDate(), chart.cycle().endDate());
        assertEquals(List.of("Good start", "Slower"), chart.checkIns().stream().map(m -> m.checkIn().note()).toList());
        assertEquals("member", chart.checkIns().get(0).author().key());
        assertEquals(0.3, chart.points().get(chart.points().size() - 1).progress(), 1e-9);
    }

    @Test
    public void anObjectivesChartIsItsWeightedHistoryOnItsCyclesCalendar() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-01-05T09:00:00Z"));
        io.capokr.okr.Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        metricKeyResult(grow, "Leads", 0, 10, "lead");
        host.loggedInAs("member");
        host.at(Instant.parse("2027-01-12T09:00:00Z"));
        okr().checkIns.record(signups.id(), new CheckInDraft(40.0, "ON_TRACK", null));

        ChartService.ObjectiveChart chart = okr().charts.objective(grow.id());

        assertEquals(cycle.endDate(), chart.cycle().endDate());
        assertEquals(okr().history.ofObjective(grow.id()), chart.points());
        assertEquals("two key results of equal weight, one at 40 %", 0.2, chart.points().get(chart.points().size() - 1).progress(), 1e-9);
    }

    @Test
    public void aProjectsChartIsTheMeanOfItsObjectivesInStatementsThatDoNotGrow() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-01-05T09:00:00Z"));
        KeyResult signups = metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead");
        metricKeyResult(objective(cycle, "MKT", "Hire", "lead"), "Hires", 0, 4, "lead");
        host.loggedInAs("member");
        host.at(Instant.parse("2027-01-12T09:00:00Z"));
        okr().checkIns.record(signups.id(), new CheckInDraft(40.0, "ON_TRACK", null));

        ProjectChartService.ProjectChart chart = okr().projectCharts.forProject("MKT", cycle.id());

        assertEquals("two objectives counting once each, one at 40 %", 0.2,
                chart.points().get(chart.points().size() - 1).progress(), 1e-9);
        int two = projectStatements(cycle);
        host.loggedInAs("lead");
        for (int i = 0; i < 5; i++) {
            metricKeyResult(objective(cycle, "MKT", "More " + i, "lead"), "More " + i, 0, 10, "lead");
        }
        assertEquals(two, projectStatements(cycle));
        host.loggedInAs("outsider");
        assertThrows(NotFoundException.class, () -> okr().projectCharts.forProject("SALES", cycle.id()));
    }

    @Test
    public void theCompanysChartHasOneLinePerCompanyObjectiveInStatementsThatDoNotGrow() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-01-05T09:00:00Z"));
        io.capokr.okr.Objective grow = objective(cycle, null, "Grow", "admin");
        KeyResult revenue = metricKeyResult(grow, "Revenue", 0, 100, "admin");
        io.capokr.okr.Objective hire = objective(cycle, null, "Hire", "admin");
        metricKeyResult(hire, "Hires", 0, 4, "admin");
        metricKeyResult(objective(cycle, "MKT", "A project's own", "lead"), "Leads", 0, 10, "lead");
        host.loggedInAs("admin");
        host.at(Instant.parse("2027-01-12T09:00:00Z"));
        okr().checkIns.record(revenue.id(), new CheckInDraft(40.0, "ON_TRACK", null));

        host.loggedInAs("outsider");
        ProjectChartService.CompanyChart chart = okr().projectCharts.forCompany(cycle.id());

        assertEquals("the company's objectives only, in their order", List.of("Grow", "Hire"),
                chart.objectives().stream().map(line -> line.objective().title()).toList());
        assertEquals("each line is its objective's own history", okr().history.ofObjective(grow.id()),
                chart.objectives().get(0).points());
        assertEquals(0.4, chart.objectives().get(0).points().get(chart.objectives().get(0).points().size() - 1).progress(), 1e-9);
        assertEquals(cycle.endDate(), chart.cycle().endDate());

        int two = companyStatements(cycle);
        host.loggedInAs("admin");
        for (int i = 0; i < 5; i++) {
            metricKeyResult(objective(cycle, null, "More " + i, "admin"), "More " + i, 0, 10, "admin");
        }
        host.loggedInAs("outsider");
        assertEquals(7, okr().projectCharts.forCompany(cycle.id()).objectives().size());
        assertEquals(two, companyStatements(cycle));
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().projectCharts.forCompany(cycle.id()));
    }

    private int companyStatements(Cycle cycle) {
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().projectCharts.forCompany(cycle.id());
            return log.count();
        }
    }

    private int projectStatements(Cycle cycle) {
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().projectCharts.forProject("MKT", cycle.id());
            return log.count();
        }
    }

    @Test
    public void aKeyResultHiddenFromTheReaderIsNotFound() {
        Cycle cycle = quarter();
        KeyResult hidden = metricKeyResult(objective(cycle, "SALES", "Sell", "admin"), "Deals", 0, 10, "admin");
        host.loggedInAs("outsider");

        assertThrows(NotFoundException.class, () -> okr().charts.keyResult(hidden.id()));
    }

    @Test
    public void theStatementsDoNotGrowWithTheCheckIns() {
        Cycle cycle = quarter();
        host.at(Instant.parse("2027-01-05T09:00:00Z"));
        KeyResult few = metricKeyResult(objective(cycle, "MKT", "Few", "lead"), "Few", 0, 100, "lead");
        KeyResult many = metricKeyResult(objective(cycle, "MKT", "Many", "lead"), "Many", 0, 100, "lead");
        host.loggedInAs("member");
        okr().checkIns.record(few.id(), new CheckInDraft(1.0, "ON_TRACK", null));
        for (int day = 0; day < 30; day++) {
            host.at(Instant.parse("2027-01-06T09:00:00Z").plusSeconds(86_400L * day));
            okr().checkIns.record(many.id(), new CheckInDraft(2.0 + day, "ON_TRACK", "Day " + day));
        }

        assertEquals(statementsFor(few), statementsFor(many));
    }

    private int statementsFor(KeyResult keyResult) {
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().charts.keyResult(keyResult.id());
            return log.count();
        }
    }
}
