package io.capokr.service;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Set;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.GradeDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import org.junit.Test;

/**
 * Grading key results at the end of the quarter (1 January to 31 March 2027): the window, the steps, the reason, the
 * version, who grades, and the objective's grade kept with each grade.
 */
public class GradeServiceTest extends OkrFixture {

    public GradeServiceTest(TestDatabase database) {
        super(database);
    }

    private Cycle activeQuarter() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        return okr().cycles.start(cycle.id()).cycle();
    }

    private KeyResult checkedIn(KeyResult keyResult, double value) {
        host.loggedInAs("lead");
        okr().checkIns.record(keyResult.id(), new CheckInDraft(value, "ON_TRACK", null));
        return okr().keyResults.get(keyResult.id());
    }

    private GradeService.Graded grade(String as, KeyResult keyResult, Double grade, String reason, Integer version) {
        host.loggedInAs(as);
        return okr().grades.grade(keyResult.id(), new GradeDraft(grade, reason), version);
    }

    private void lastTwoWeeks() {
        host.at(Instant.parse("2027-03-20T10:00:00Z"));
    }

    @Test
    public void theSuggestedGradeNeedsNoReasonAndTheObjectiveGradeFollows() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = checkedIn(metricKeyResult(grow, "Signups", 0, 100, "lead"), 66);
        checkedIn(metricKeyResult(grow, "Leads", 0, 10, "lead"), 10);
        lastTwoWeeks();

        GradeService.Graded graded = grade("lead", signups, 0.7, null, signups.version());
        assertEquals(0.7, graded.keyResult().grade(), 0);
        assertEquals(0.7, graded.keyResult().suggested().value(), 0);
        assertNull(graded.keyResult().reason());
        assertEquals("a grade is an edit: the version moves on", signups.version() + 1, graded.version());
        assertEquals(signups.version() + 1, okr().keyResults.get(signups.id()).version());
        assertEquals("(0.7 + suggested 1.0) / 2", 0.85, graded.objectiveGrade().value(), 1e-9);
        assertTrue(graded.objectiveGrade().isMiss(grow.type()));
        assertEquals(0.85, okr().objectives.get(grow.id()).grade(), 1e-9);
        assertEquals("the objective's own version does not move", grow.version(), okr().objectives.get(grow.id()).version());
    }

    @Test
    public void anotherGradeNeedsAReasonAndOnlyTenthsAreGrades() {
        Cycle cycle = activeQuarter();
        KeyResult signups = checkedIn(metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead"), 66);
        lastTwoWeeks();

        ValidationException noReason = assertThrows(ValidationException.class,
                () -> grade("lead", signups, 0.5, " ", signups.version()));
        assertEquals(Set.of("reason"), fieldErrors(noReason).keySet());
        assertThat(fieldErrors(noReason).get("reason"), containsString("0.7"));
        ValidationException step = assertThrows(ValidationException.class,
                () -> grade("lead", signups, 0.75, "why", signups.version()));
        assertEquals(Set.of("grade"), fieldErrors(step).keySet());
        ValidationException tooMuch = assertThrows(ValidationException.class,
                () -> grade("lead", signups, 1.1, "why", signups.version()));
        assertEquals(Set.of("grade"), fieldErrors(tooMuch).keySet());
        ValidationException noVersion = assertThrows(ValidationException.class,
                () -> grade("lead", signups, 0.7, null, null));
        assertEquals(Set.of("version"), fieldErrors(noVersion).keySet());
        assertThrows(ConflictException.class, () -> grade("lead", signups, 0.7, null, signups.version() - 1));
        assertEquals(signups.version(), okr().keyResults.get(signups.id()).version());

        GradeService.Graded graded = grade("lead", signups, 0.5, "The market shrank", signups.version());
        assertEquals("The market shrank", graded.keyResult().reason());
        assertEquals(0.5, graded.keyResult().effective().value(), 0);
    }

    @Test
    public void gradingOpensTwoWeeksBeforeTheEndAndStaysOpenOnceClosed() {
        Cycle cycle = activeQuarter();
        KeyResult signups = metricKeyResult(objective(cycle, "MKT", "Grow", "lead"), "Signups", 0, 100, "lead");

        ConflictException early = assertThrows(ConflictException.class, () -> grade("lead", signups, 0.0, null, signups.version()));
        assertEquals("Grading opens on 2027-03-18, two weeks before the cycle ends.", message(early));
        host.loggedInAs("admin");
        okr().cycles.close(cycle.id());

        GradeService.Graded graded = grade("lead", signups, 0.2, "Started late", signups.version());
        assertEquals(0.2, graded.keyResult().grade(), 0);
        assertEquals(0.2, okr().objectives.get(signups.objectiveId()).grade(), 1e-9);
    }

    @Test
    public void ownersAndProjectAdministratorsGradeOthersCannot() {
        Cycle cycle = activeQuarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        lastTwoWeeks();

        assertThrows(PermissionDeniedException.class, () -> grade("member", signups, 0.0, null, signups.version()));
        assertThrows(NotFoundException.class, () -> grade("outsider", metricKeyResult(objective(cycle, "SALES", "Sell", "admin"),
                "Deals", 0, 10, "admin"), 0.0, null, 1));
        host.loggedInAs("lead");
        KeyResult owned = okr().keyResults.update(signups.id(), new KeyResultDraft("Signups", "METRIC", 0.0, 100.0, null,
                "signups", null, null, null, null), "member", signups.version());
        assertEquals(0.0, grade("member", owned, 0.0, null, owned.version()).keyResult().grade(), 0);

        host.loggedInAs("admin");
        Objective company = okr().objectives.create(new ObjectiveCommand(cycle.id(), null, null, null,
                new ObjectiveDraft("Company", "", "ASPIRATIONAL"), null));
        KeyResult companyKr = metricKeyResult(company, "Revenue", 0, 10, "admin");
        assertThrows(PermissionDeniedException.class, () -> grade("lead", companyKr, 0.0, null, companyKr.version()));
        GradeService.Graded byAdmin = grade("admin", companyKr, 0.0, null, companyKr.version());
        assertFalse("aspirational objectives never miss", byAdmin.objectiveGrade().isMiss(company.type()));
    }
}
