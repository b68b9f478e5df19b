package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.AdjustmentDraft;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.GradeDraft;
import io.capokr.okr.Grade;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.ReviewDraft;
import org.junit.Test;

/** The end-of-cycle synthesis of a project and of the company, and its constant number of statements. */
public class SynthesisServiceTest extends OkrFixture {

    public SynthesisServiceTest(TestDatabase database) {
        super(database);
    }

    private Cycle activeQuarter() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        return okr().cycles.start(cycle.id()).cycle();
    }

    private KeyResult checkedIn(KeyResult keyResult, double value, String as) {
        host.loggedInAs(as);
        okr().checkIns.record(keyResult.id(), new CheckInDraft(value, "ON_TRACK", null));
        return okr().keyResults.get(keyResult.id());
    }

    private void grade(KeyResult keyResult, double grade, String reason, String as) {
        host.loggedInAs(as);
        okr().grades.grade(keyResult.id(), new GradeDraft(grade, reason), okr().keyResults.get(keyResult.id()).version());
    }

    @Test
    public void aProjectSynthesisGradesEachObjectiveAndCarriesBothReviews() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = checkedIn(metricKeyResult(grow, "Signups", 0, 100, "lead"), 66, "lead");
        checkedIn(metricKeyResult(grow, "Leads", 0, 10, "lead"), 10, "lead");
        host.loggedInAs("lead");
        okr().adjustments.adjust("MKT", "MID_CYCLE", signups.id(), new AdjustmentDraft(90.0, null), signups.version());
        host.at(Instant.parse("2027-03-25T10:00:00Z"));
        grade(signups, 0.6, "Target was too low", "lead");
        host.loggedInAs("lead");
        okr().reviews.save("MKT", "END_OF_CYCLE", cycle.id(), new ReviewDraft("Cadence", "Scope", "Start smaller"), null);

        host.loggedInAs("member");
        ProjectSynthesis synthesis = okr().synthesis.forProject("MKT", cycle.id());
        assertFalse(synthesis.canGrade());
        ProjectSynthesis.ObjectiveRow row = synthesis.objectives().get(0);
        assertEquals("(0.6 + suggested 1.0) / 2", 0.8, row.grade().value(), 1e-9);
        assertEquals(Grade.Band.GREEN, row.grade().band());
        assertTrue("committed and under 1.0", row.miss());
        GradeBook.KeyResultGrade first = row.keyResults().get(0);
        assertEquals(66 / 90.0, first.progress(), 1e-9);
        assertEquals(0.7, first.suggested().value(), 0);
        assertEquals(0.6, first.grade(), 0);
        assertEquals("Target was too low", first.reason());
        GradeBook.KeyResultGrade second = row.keyResults().get(1);
        assertNull(second.grade());
        assertEquals(1.0, second.effective().value(), 0);
        assertEquals("Start smaller", synthesis.endOfCycle().orElseThrow().learnings());
        assertEquals(1, synthesis.adjustments().size());
        assertEquals("100", synthesis.adjustments().get(0).oldValue());
        assertTrue(synthesis.midCycle().isPresent());
        host.loggedInAs("lead");
        assertTrue(okr().synthesis.forProject("MKT", cycle.id()).canGrade());

        host.loggedInAs("outsider");
        assertThrows(NotFoundException.class, () -> okr().synthesis.forProject("SALES", cycle.id()));
        ValidationException noCycle = assertThrows(ValidationException.class, () -> okr().synthesis.forProject("MKT", null));
        assertEquals(Set.of("cycleId"), fieldErrors(noCycle).keySet());
    }

    @Test
    public void theCompanySynthesisShowsCompanyGradesAndEachBrowsableProjectsAverageMissesAndLearnings() {
        Cycle cycle = activeQuarter();
        host.loggedInAs("admin");
        Objective company = okr().objectives.create(new ObjectiveCommand(cycle.id(), null, null, null,
                new ObjectiveDraft("Be loved", "", "COMMITTED"), null));
        checkedIn(metricKeyResult(company, "NPS", 0, 10, "admin"), 10, "admin");
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        checkedIn(metricKeyResult(grow, "Signups", 0, 100, "lead"), 40, "lead");
        Objective reach = objective(cycle, "MKT", "Reach", "lead");
        checkedIn(metricKeyResult(reach, "Posts", 0, 10, "lead"), 10, "lead");
        Objective sell = objective(cycle, "SALES", "Sell", "admin");
        checkedIn(metricKeyResult(sell, "Deals", 0, 10, "admin"), 5, "admin");
        host.at(Instant.parse("2027-03-25T10:00:00Z"));
        host.loggedInAs("lead");
        okr().reviews.save("MKT", "END_OF_CYCLE", cycle.id(), new ReviewDraft("Cadence", null, "Fewer objectives"), null);
        host.loggedInAs("admin");
        okr().cycles.close(cycle.id());

        host.loggedInAs("outsider");
        CompanySynthesis seen = okr().synthesis.forCompany(cycle.id());
        assertEquals(1, seen.companyObjectives().size());
        assertEquals(1.0, seen.companyObjectives().get(0).grade().value(), 0);
        assertFalse(seen.companyObjectives().get(0).miss());
        assertEquals("the outsider browses Marketing only", List.of("MKT"),
                seen.projects().stream().map(p -> p.project().key()).toList());
        CompanySynthesis.ProjectRow marketing = seen.projects().get(0);
        assertEquals(2, marketing.objectives());
        assertEquals("(0.4 + 1.0) / 2", 0.7, marketing.averageGrade().value(), 1e-9);
        assertEquals(1, marketing.misses());
        assertEquals("Fewer objectives", marketing.learnings());
        host.loggedInAs("admin");
        assertEquals(2, okr().synthesis.forCompany(cycle.id()).projects().size());
        assertEquals("", okr().synthesis.forCompany(cycle.id()).projects().get(1).learnings());
    }

    /** One objective with one key result, or four projects' worth with twelve: the same statements. */
    @Test
    public void theSynthesisTakesTheSameStatementsWhateverItHolds() {
        host.project(10002, "OPS", "Operations", "admin", "member").projectAdmin("OPS", "admin");
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        metricKeyResult(grow, "KR 0", 0, 100, "lead");
        host.loggedInAs("lead");
        okr().reviews.save("MKT", "MID_CYCLE", cycle.id(), new ReviewDraft("Works", null, null), null);
        int[] small = statements(cycle);

        for (int i = 1; i <= 3; i++) {
            KeyResult kr = metricKeyResult(objective(cycle, "MKT", "More " + i, "lead"), "KR " + i, 0, 100, "lead");
            host.loggedInAs("lead");
            okr().adjustments.adjust("MKT", "MID_CYCLE", kr.id(), new AdjustmentDraft(50.0, null), kr.version());
            metricKeyResult(grow, "Extra " + i, 0, 10, "lead");
            for (String project : new String[] {"SALES", "OPS"}) {
                Objective other = objective(cycle, project, project + " " + i, "admin");
                metricKeyResult(other, "A", 0, 10, "admin");
                metricKeyResult(other, "B", 0, 10, "admin");
            }
        }
        host.at(Instant.parse("2027-03-25T10:00:00Z"));
        host.loggedInAs("admin");
        okr().reviews.save("SALES", "END_OF_CYCLE", cycle.id(), new ReviewDraft("W", null, "L"), null);
        okr().reviews.save("OPS", "END_OF_CYCLE", cycle.id(), new ReviewDraft("W", null, "L"), null);
        int[] large = statements(cycle);

        assertEquals(small[0], large[0]);
        assertEquals(small[1], large[1]);
        assertEquals(small[2], large[2]);
        assertTrue("a handful: " + large[0] + ", " + large[1] + ", " + large[2], large[0] <= 8 && large[1] <= 8 && large[2] <= 4);
    }

    private int[] statements(Cycle cycle) {
        host.loggedInAs("admin");
        int[] counts = new int[3];
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().synthesis.forProject("MKT", cycle.id());
            counts[0] = log.count();
        }
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().synthesis.forCompany(cycle.id());
            counts[1] = log.count();
        }
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().reviews.forProject("MKT", cycle.id());
            counts[2] = log.count();
        }
        return counts;
    }
}
