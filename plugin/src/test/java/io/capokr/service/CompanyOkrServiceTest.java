package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import org.junit.Test;

public class CompanyOkrServiceTest extends OkrFixture {

    public CompanyOkrServiceTest(TestDatabase database) {
        super(database);
    }

    /** A company objective, a Marketing and a Sales objective aligned to it, each with a metric at a known value. */
    private Objective growth;

    private Cycle sample() {
        Cycle cycle = quarter();
        growth = objective(cycle, null, "Structure our growth", "admin");
        checkIn(metricKeyResult(growth, "Revenue", 0, 100, "admin"), 40, "admin");
        Objective leads = aligned(cycle, "MKT", growth, "Generate leads", "lead");
        checkIn(metricKeyResult(leads, "Leads", 0, 100, "lead"), 60, "lead");
        aligned(cycle, "MKT", null, "Not aligned", "lead");
        Objective conversion = aligned(cycle, "SALES", growth, "Improve conversion", "admin");
        checkIn(metricKeyResult(conversion, "Conversion", 0, 100, "admin"), 10, "admin");
        return cycle;
    }

    @Test
    public void companyObjectivesCarryTheirProgressAndTheAlignedObjectivesOfEachProject() {
        Cycle cycle = sample();
        host.loggedInAs("member");

        CompanyOkrs okrs = okr().companyOkrs.forCycle(null);

        assertEquals(cycle.id(), okrs.cycle().id());
        assertEquals(45.0 / 89, okrs.expectedProgress(), 1e-9);
        assertEquals(1, okrs.objectives().size());
        CompanyOkrs.CompanyObjectiveRow row = okrs.objectives().get(0);
        assertEquals("Structure our growth", row.objective().title());
        assertEquals(0.4, row.progress(), 1e-9);
        assertEquals(Health.AT_RISK, row.health());
        assertEquals(1, row.keyResults());
        assertEquals(List.of("MKT", "SALES"), row.aligned().stream().map(g -> g.project().key()).toList());
        CompanyOkrs.ObjectiveProgress leads = row.aligned().get(0).objectives().get(0);
        assertEquals("Generate leads", leads.objective().title());
        assertEquals(0.6, leads.progress(), 1e-9);
        assertEquals(Health.ON_TRACK, leads.health());
        assertEquals(Health.OFF_TRACK, row.aligned().get(1).objectives().get(0).health());
        assertEquals("the unaligned objective is not under the company one", 1, row.aligned().get(0).objectives().size());

        assertEquals(List.of("MKT", "SALES"), okrs.projects().stream().map(p -> p.project().key()).toList());
        CompanyOkrs.ProjectRow marketing = okrs.projects().get(0);
        assertEquals(2, marketing.objectives());
        assertEquals(0.3, marketing.averageProgress(), 1e-9);
        assertFalse("only Jira administrators edit company objectives", okrs.canEdit());
        assertEquals(List.of(cycle.id()), okrs.cycles().stream().map(Cycle::id).toList());
    }

    @Test
    public void aProjectTheReaderCannotBrowseLeavesNoTrace() {
        sample();
        host.loggedInAs("outsider");

        CompanyOkrs okrs = okr().companyOkrs.forCycle(null);

        assertEquals("company objectives are for every logged-in user", 1, okrs.objectives().size());
        assertEquals(List.of("MKT"), okrs.objectives().get(0).aligned().stream().map(g -> g.project().key()).toList());
        assertEquals(List.of("MKT"), okrs.projects().stream().map(p -> p.project().key()).toList());
    }

    @Test
    public void jiraAdministratorsMayEdit() {
        sample();
        host.loggedInAs("admin");

        assertTrue(okr().companyOkrs.forCycle(null).canEdit());
    }

    @Test
    public void theCycleAskedForIsShownAndAnUnknownOneIsNotFoundOrTheDefault() {
        Cycle quarter = sample();
        host.loggedInAs("admin");
        Cycle next = okr().cycles.create(new CycleDraft("2027 Q2", "2027-04-01", "2027-06-30")).cycle();
        host.loggedInAs("member");

        CompanyOkrs later = okr().companyOkrs.forCycle(next.id());
        assertEquals(next.id(), later.cycle().id());
        assertEquals(List.of(), later.objectives());
        assertEquals(List.of(), later.projects());

        NotFoundException refusal = assertThrows(NotFoundException.class, () -> okr().companyOkrs.forCycle(999_999L));
        assertEquals("capokr.error.cycle.notFound", refusal.messageKey());
        assertEquals(quarter.id(), okr().companyOkrs.forCycleOrDefault(999_999L).cycle().id());
    }

    @Test
    public void withoutAnyCycleTheAnswerIsEmpty() {
        host.loggedInAs("member");

        CompanyOkrs okrs = okr().companyOkrs.forCycle(null);
        assertFalse(okrs.hasCycle());
        assertNull(okrs.cycle());
        assertEquals(List.of(), okrs.objectives());
    }

    @Test
    public void anonymousCallersAreRefused() {
        sample();
        host.loggedInAs(null);

        assertThrows(NotAuthenticatedException.class, () -> okr().companyOkrs.forCycle(null));
    }

    /**
     * The page's read model runs the same statements for one company objective with one aligned objective as for
     * five company objectives with thirty aligned objectives in two projects, their key results and links.
     */
    @Test
    public void theStatementCountDoesNotGrowWithObjectivesKeyResultsLinksOrProjects() {
        Cycle cycle = quarter();
        addCompanyObjectives(cycle, 1, 1);
        int small = statementsForPage(cycle);

        addCompanyObjectives(cycle, 4, 6);
        int large = statementsForPage(cycle);

        assertEquals(5, okr().companyOkrs.forCycle(cycle.id()).objectives().size());
        assertEquals(small, large);
        assertEquals("cycles, objectives, key results, tallies", 4, large);
    }

    private int statementsForPage(Cycle cycle) {
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().companyOkrs.forCycle(cycle.id());
            return log.count();
        }
    }

    private void addCompanyObjectives(Cycle cycle, int companyObjectives, int alignedEach) {
        for (int c = 0; c < companyObjectives; c++) {
            Objective company = objective(cycle, null, "Company " + c + " " + System.nanoTime(), "admin");
            metricKeyResult(company, "Company KR", 0, 10, "admin");
            for (int a = 0; a < alignedEach; a++) {
                String project = a % 2 == 0 ? "MKT" : "SALES";
                Objective objective = aligned(cycle, project, company, "Aligned " + a + " " + System.nanoTime(), "admin");
                KeyResult kr = issuesKeyResult(objective, "KR " + a, "admin");
                if (project.equals("MKT")) {
                    host.loggedInAs("admin");
                    okr().initiatives.link(kr.id(), List.of("MKT-1", "MKT-2", "MKT-4"), true);
                }
            }
        }
    }

    private Objective aligned(Cycle cycle, String projectKey, Objective parent, String title, String as) {
        host.loggedInAs(as);
        return okr().objectives.create(new ObjectiveCommand(cycle.id(), projectKey, parent == null ? null : parent.id(),
                null, new ObjectiveDraft(title, "", "COMMITTED"), null));
    }

    private void checkIn(KeyResult keyResult, double value, String as) {
        host.loggedInAs(as);
        okr().checkIns.record(keyResult.id(), new CheckInDraft(value, "ON_TRACK", ""));
    }
}
