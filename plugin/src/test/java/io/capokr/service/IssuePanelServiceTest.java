package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleState;
import io.capokr.okr.Health;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import org.junit.Before;
import org.junit.Test;

public class IssuePanelServiceTest extends OkrFixture {

    private Cycle quarter;
    private Objective grow;
    private KeyResult campaign;

    public IssuePanelServiceTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void aMarketingKeyResult() {
        quarter = quarter();
        grow = objective(quarter, "MKT", "Grow", "lead");
        campaign = issuesKeyResult(grow, "Ship the campaign", "lead");
    }

    @Test
    public void showsEachKeyResultTheIssueServesWithItsPlaceProgressAndLink() {
        host.loggedInAs("lead");
        okr().initiatives.link(campaign.id(), List.of("MKT-1", "MKT-4"), true);
        KeyResult context = issuesKeyResult(grow, "Context", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(context.id(), List.of("MKT-1"), false);

        host.loggedInAs("member");
        IssueKeyResults shown = okr().issuePanel.keyResultsOf("mkt-1");

        assertEquals("MKT-1", shown.issueKey());
        assertEquals(List.of("Ship the campaign", "Context"), shown.rows().stream().map(r -> r.keyResult().title()).toList());
        IssueKeyResults.Row first = shown.rows().get(0);
        assertEquals("Grow", first.objective().title());
        assertEquals("2027 Q1", first.cycle().name());
        assertEquals("MKT", first.projectKey());
        assertEquals(0.5, first.progress(), 1e-9);
        assertTrue(first.contributes());
        assertTrue("member edits MKT issues", first.canUnlink());
        assertFalse(shown.rows().get(1).contributes());
        assertEquals(0.0, shown.rows().get(1).progress(), 1e-9);
    }

    @Test
    public void anIssueHiddenFromTheCallerIsNotFoundAsAnUnknownOne() {
        host.loggedInAs("lead");
        okr().initiatives.link(campaign.id(), List.of("MKT-5"), true);

        host.loggedInAs("member");
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> okr().issuePanel.keyResultsOf("MKT-5"));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> okr().issuePanel.keyResultsOf("MKT-999"));
        assertEquals(message(unknown).replace("MKT-999", "MKT-5"), message(hidden));
        assertThrows(NotFoundException.class, () -> okr().issuePanel.candidatesFor("MKT-5", ""));

        host.loggedInAs("lead");
        assertEquals(1, okr().issuePanel.keyResultsOf("MKT-5").rows().size());
    }

    @Test
    public void anonymousCallersMustLogIn() {
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().issuePanel.keyResultsOf("MKT-1"));
    }

    @Test
    public void onlyKeyResultsOfProjectsTheCallerBrowsesAreShown() {
        Objective sales = objective(quarter, "SALES", "Sell", "admin");
        KeyResult salesKr = issuesKeyResult(sales, "Sales KR", "admin");
        host.editor("SALES", "admin").editor("MKT", "admin").loggedInAs("admin");
        okr().initiatives.link(salesKr.id(), List.of("MKT-1"), true);
        okr().initiatives.link(campaign.id(), List.of("MKT-1"), true);

        host.loggedInAs("outsider");
        assertEquals(List.of("Ship the campaign"), okr().issuePanel.keyResultsOf("MKT-1").rows().stream()
                .map(r -> r.keyResult().title()).toList());
        assertFalse("outsider browses MKT but may not edit its issues",
                okr().issuePanel.keyResultsOf("MKT-1").rows().get(0).canUnlink());

        host.loggedInAs("member");
        assertEquals(2, okr().issuePanel.keyResultsOf("MKT-1").rows().size());
    }

    @Test
    public void companyKeyResultsHaveNoProjectKeyAndAreSeenByAnyone() {
        Objective company = objective(quarter, null, "Company goal", "admin");
        KeyResult companyKr = issuesKeyResult(company, "Company KR", "admin");
        host.loggedInAs("admin");
        okr().initiatives.link(companyKr.id(), List.of("MKT-1"), true);

        host.loggedInAs("outsider");
        IssueKeyResults.Row row = okr().issuePanel.keyResultsOf("MKT-1").rows().get(0);
        assertNull(row.projectKey());
        assertFalse("company key results are worked on by administrators", row.canUnlink());
        assertEquals(Health.OFF_TRACK, row.health());
    }

    @Test
    public void aClosedCycleCanNoLongerBeUnlinked() {
        host.loggedInAs("lead");
        okr().initiatives.link(campaign.id(), List.of("MKT-1"), true);
        host.loggedInAs("admin");
        closeCycle();

        host.loggedInAs("lead");
        IssueKeyResults.Row row = okr().issuePanel.keyResultsOf("MKT-1").rows().get(0);
        assertEquals(CycleState.CLOSED, row.cycle().state());
        assertFalse(row.canUnlink());
        assertTrue(okr().issuePanel.candidatesFor("MKT-2", "").isEmpty());
    }

    @Test
    public void candidatesAreOpenKeyResultsOfTheIssuesProjectAndTheCompanyTheCallerMayLinkTo() {
        KeyResult other = issuesKeyResult(grow, "Grow signups", "lead");
        Objective company = objective(quarter, null, "Company goal", "admin");
        KeyResult companyKr = issuesKeyResult(company, "Company growth", "admin");
        Objective sales = objective(quarter, "SALES", "Sell", "admin");
        issuesKeyResult(sales, "Sales growth", "admin");
        host.loggedInAs("lead");
        okr().initiatives.link(campaign.id(), List.of("MKT-1"), true);

        host.loggedInAs("member");
        assertEquals("not the linked one, nor the company's (administrators only), nor another project's",
                List.of(other.id()), okr().issuePanel.candidatesFor("MKT-1", "").stream().map(c -> c.keyResult().id()).toList());
        host.editor("MKT", "admin").loggedInAs("admin");
        assertEquals(List.of(other.id(), companyKr.id()),
                okr().issuePanel.candidatesFor("MKT-1", " GROW").stream().map(c -> c.keyResult().id()).toList());
        assertEquals("MKT", okr().issuePanel.candidatesFor("MKT-1", "signups").get(0).projectKey());
        assertNull(okr().issuePanel.candidatesFor("MKT-1", "company").get(0).projectKey());
        host.loggedInAs("outsider");
        assertTrue(okr().issuePanel.candidatesFor("MKT-1", "").isEmpty());
    }

    @Test
    public void candidatesAreTwentyAtMost() {
        for (int i = 0; i < 25; i++) {
            issuesKeyResult(grow, "Many " + i, "lead");
        }
        host.loggedInAs("lead");
        assertEquals(IssuePanelService.MAX_CANDIDATES, okr().issuePanel.candidatesFor("MKT-1", "many").size());
    }

    @Test
    public void readsAConstantNumberOfStatementsWhateverTheNumberOfLinks() {
        int few = statementsAfterLinking(1);
        int many = statementsAfterLinking(12);

        assertEquals(few, many);
        assertTrue("a handful of statements: " + many, many <= 4);
    }

    /** The candidates of every open cycle, the project's and the company's, in the same statements for one cycle as for four. */
    @Test
    public void candidatesCostTheSameStatementsHoweverManyCyclesAreOpen() {
        int one = candidateStatements();
        host.loggedInAs("admin");
        for (int i = 0; i < 3; i++) {
            io.capokr.okr.Cycle another = okr().cycles.create(new io.capokr.okr.CycleDraft("Extra " + i,
                    (2031 + i) + "-01-01", (2031 + i) + "-03-31")).cycle();
            issuesKeyResult(objective(another, "MKT", "Extra objective " + i, "lead"), "Extra " + i, "lead");
            issuesKeyResult(objective(another, null, "Extra company " + i, "admin"), "Extra company " + i, "admin");
        }
        int four = candidateStatements();

        assertEquals(one, four);
        host.loggedInAs("lead");
        assertEquals("the project's, newest cycle first", List.of("Extra 2", "Extra 1", "Extra 0"), candidateTitles("extra"));
        host.loggedInAs("admin");
        assertEquals("the company's, which administrators may link to", List.of("Extra company 2", "Extra company 1",
                "Extra company 0"), candidateTitles("extra company"));
    }

    private List<String> candidateTitles(String query) {
        return okr().issuePanel.candidatesFor("MKT-1", query).stream().map(c -> c.keyResult().title()).toList();
    }

    private int candidateStatements() {
        host.loggedInAs("lead");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            assertFalse(okr().issuePanel.candidatesFor("MKT-1", "").isEmpty());
            return log.count();
        }
    }

    private int statementsAfterLinking(int keyResults) {
        for (int i = 0; i < keyResults; i++) {
            Objective objective = objective(quarter, i % 2 == 0 ? "MKT" : null, "Objective " + System.nanoTime(), "admin");
            KeyResult kr = issuesKeyResult(objective, "KR " + i, "admin");
            host.loggedInAs("admin");
            okr().initiatives.link(kr.id(), List.of("MKT-2", "MKT-3", "MKT-4"), i % 3 != 0);
        }
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            int shown = okr().issuePanel.keyResultsOf("MKT-2").rows().size();
            assertTrue(shown >= keyResults);
            return log.count();
        }
    }

    private void closeCycle() {
        okr().cycles.start(quarter.id());
        okr().cycles.close(quarter.id());
    }
}
