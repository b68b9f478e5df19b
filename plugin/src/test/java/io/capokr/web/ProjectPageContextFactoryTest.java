package io.capokr.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.service.OkrFixture;
import org.junit.Test;

/**
 * The project page's first paint, as the template receives it, built by the same services Jira and the sandbox
 * run: who sees what, and a number of statements that does not grow with the data.
 */
public class ProjectPageContextFactoryTest extends OkrFixture {

    public ProjectPageContextFactoryTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void restrictedIssuesAreCountedForThoseWhoCannotSeeThemAndNamedForThoseWhoCan() {
        Cycle cycle = quarter();
        KeyResult ship = issuesKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-4", "MKT-5"), true);

        KeyResultView asMember = onlyKeyResult(page("member", cycle));
        assertEquals("1 restricted issue", asMember.getRestrictedLabel());
        assertEquals(List.of("MKT-4", "MKT-1"), keys(asMember));

        KeyResultView asLead = onlyKeyResult(page("lead", cycle));
        assertFalse(asLead.isHasRestricted());
        assertEquals(List.of("MKT-4", "MKT-1", "MKT-5"), keys(asLead));
        assertEquals("1 of 3 issues done", asLead.getMeasureLabel());
    }

    @Test
    public void controlsFollowTheReadersRights() {
        Cycle cycle = quarter();
        issuesKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Ship", "lead");

        ProjectPageView asLead = page("lead", cycle);
        assertTrue(asLead.getShown().isCanCreateObjectives());
        assertTrue(asLead.getShown().getObjectives().get(0).isCanEdit());

        ProjectPageView asMember = page("member", cycle);
        assertFalse(asMember.getShown().isCanCreateObjectives());
        assertFalse(onlyKeyResult(asMember).isCanEdit());
        assertTrue("EDIT_ISSUES in the project", onlyKeyResult(asMember).isCanWork());

        ProjectPageView asOutsider = page("outsider", cycle);
        assertFalse(onlyKeyResult(asOutsider).isCanWork());
        assertFalse(asOutsider.isCanManageCycles());
        assertTrue(page("admin", cycle).isCanManageCycles());
    }

    @Test
    public void anUnknownOrForeignCycleParameterShowsTheDefaultCycle() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");

        for (String parameter : new String[] {null, "", "abc", "-1", "999999", "99999999999999999999"}) {
            ProjectPageView view = view("member", parameter);
            assertEquals(parameter, cycle.id(), view.getShown().getCycle().getId());
        }
    }

    /**
     * The first paint runs the same statements for one objective with one link as for ten objectives with twenty
     * key results and sixty links.
     */
    @Test
    public void theStatementCountDoesNotGrowWithTheData() {
        Cycle cycle = quarter();
        Objective company = objective(cycle, null, "Company", "admin");
        addObjectives(cycle, company, 1, 1, 1);
        int small = statementsForPage(cycle);

        addObjectives(cycle, company, 9, 2, 3);
        int large = statementsForPage(cycle);

        assertEquals(10, page("member", cycle).getShown().getObjectives().size());
        assertEquals(small, large);
        // The OKRs and their links take about ten; the plan, the mid-cycle reminder and the carry-over notes add a
        // few more, each a fixed number whatever the rows.
        assertTrue("a handful of statements, not one per row: " + large, large <= 16);
    }

    private int statementsForPage(Cycle cycle) {
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().projectPage.contextFor("MKT", String.valueOf(cycle.id()));
            return log.count();
        }
    }

    private void addObjectives(Cycle cycle, Objective parent, int objectives, int keyResultsEach, int linksEach) {
        for (int o = 0; o < objectives; o++) {
            Objective objective = objective(cycle, "MKT", "Objective " + o + " " + System.nanoTime(), "lead");
            for (int k = 0; k < keyResultsEach; k++) {
                KeyResult keyResult = issuesKeyResult(objective, "KR " + k, "lead");
                host.loggedInAs("lead");
                okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-2", "MKT-3", "MKT-4").subList(0, linksEach), true);
            }
        }
    }

    /** From the midpoint of an active cycle until the project saves its mid-cycle review, the page says it is due. */
    @Test
    public void theObjectivesViewRemindsTheTeamOfItsMidCycleReviewUntilSaved() {
        Cycle cycle = quarter();
        objective(cycle, "MKT", "Grow", "lead");
        assertFalse("planned: nothing is due", page("member", cycle).isMidCycleDue());
        host.loggedInAs("admin");
        okr().cycles.start(cycle.id());

        ProjectPageView due = page("member", cycle);
        assertTrue(due.isMidCycleDue());
        assertEquals("Mid-cycle review is due: since 2027-02-15.", due.getMidCycleDueLabel());
        host.loggedInAs("lead");
        okr().reviews.save("MKT", "MID_CYCLE", cycle.id(), new io.capokr.okr.ReviewDraft("Works", null, null), null);
        assertFalse(page("member", cycle).isMidCycleDue());
        assertEquals("", page("member", cycle).getMidCycleDueLabel());
    }

    /** The reminder and the plan are both on the page, whichever the factory adds first. */
    @Test
    public void aDueMidCycleReviewKeepsThePlanOnThePage() {
        Cycle cycle = quarter();
        objective(cycle, "MKT", "Grow", "lead");
        host.loggedInAs("lead");
        okr().plans.save("MKT", cycle.id(), null, new io.capokr.okr.PlanDraft(
                List.of(new io.capokr.okr.PlanDraft.Item("Win the mid-market", "member"))));
        host.loggedInAs("admin");
        okr().cycles.start(cycle.id());

        ProjectPageView page = page("member", cycle);

        assertTrue(page.isMidCycleDue());
        assertTrue(page.isHasPlan());
        assertEquals(List.of("Win the mid-market"),
                page.getPlan().getPriorities().stream().map(PlanPriorityView::getTitle).toList());
    }

    private ProjectPageView page(String user, Cycle cycle) {
        return view(user, String.valueOf(cycle.id()));
    }

    private ProjectPageView view(String user, String cycleParameter) {
        host.loggedInAs(user);
        ProjectPageView view = (ProjectPageView) okr().projectPage.contextFor("MKT", cycleParameter).get(ProjectPageContextFactory.PAGE);
        assertTrue(view.getProblem(), view.isAvailable());
        return view;
    }

    private static KeyResultView onlyKeyResult(ProjectPageView view) {
        return view.getShown().getObjectives().get(0).getKeyResults().get(0);
    }

    private static List<String> keys(KeyResultView keyResult) {
        return keyResult.getInitiativeGroups().stream().flatMap(group -> group.getIssues().stream()).map(IssueView::getKey).toList();
    }
}
