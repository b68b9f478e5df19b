package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Direction;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Measure;
import io.capokr.okr.Objective;
import io.capokr.store.KeyResultEntity;
import org.junit.Test;

public class KeyResultServiceTest extends OkrFixture {

    public KeyResultServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void aMetricKeyResultStartsAtItsStartAndReadsBackWhole() {
        KeyResult churn = metricKeyResult(objective(quarter(), "MKT", "Keep them", "lead"), "Churn", 5, 3, "lead");

        Measure.Metric metric = (Measure.Metric) okr().keyResults.get(churn.id()).measure();
        assertEquals(new Measure.Metric(5, 3, 5, "signups", Direction.DECREASE), metric);
        assertEquals(1.0, churn.weight(), 0);
        assertEquals("lead", churn.ownerKey());
    }

    @Test
    public void changingTheMeasureKindLeavesNothingOfTheOldOne() {
        KeyResult kr = metricKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Signups", 0, 10, "lead");
        host.loggedInAs("lead");

        KeyResult milestone = okr().keyResults.update(kr.id(),
                new KeyResultDraft("Launch", "MILESTONE", null, null, null, null, null, true, null, 2.0), null, kr.version());

        assertEquals(new Measure.Milestone(true), milestone.measure());
        assertEquals(2.0, milestone.weight(), 0);
        KeyResultEntity row = ao.activeObjects().get(KeyResultEntity.class, (int) kr.id());
        assertEquals(null, row.getStartValue());
        assertEquals(null, row.getUnit());
    }

    @Test
    public void staleVersionsConflictAndBadInputWritesNothing() {
        KeyResult kr = metricKeyResult(objective(quarter(), "MKT", "Grow", "lead"), "Signups", 0, 10, "lead");
        host.loggedInAs("lead");
        KeyResultDraft draft = new KeyResultDraft("Signups", "METRIC", 0.0, 20.0, null, null, null, null, null, null);
        okr().keyResults.update(kr.id(), draft, null, kr.version());

        assertThrows(ConflictException.class, () -> okr().keyResults.update(kr.id(), draft, null, kr.version()));
        ValidationException refusal = assertThrows(ValidationException.class, () -> okr().keyResults.update(kr.id(),
                new KeyResultDraft("", "METRIC", 0.0, null, null, null, null, null, null, -1.0), null, null));
        assertEquals(List.of("title", "weight", "target", "version"), List.copyOf(fieldErrors(refusal).keySet()));
        assertEquals(20.0, ((Measure.Metric) okr().keyResults.get(kr.id()).measure()).target(), 0);
    }

    @Test
    public void onlyThoseWhoMayEditTheObjectiveManageItsKeyResults() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        host.loggedInAs("member");

        assertThrows(PermissionDeniedException.class, () -> okr().keyResults.create(grow.id(),
                new KeyResultDraft("Mine", "MILESTONE", null, null, null, null, null, null, null, null), null));
    }

    @Test
    public void deletingAKeyResultAndReorderingTheRest() {
        Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult a = issuesKeyResult(grow, "A", "lead");
        KeyResult b = issuesKeyResult(grow, "B", "lead");
        KeyResult c = issuesKeyResult(grow, "C", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(b.id(), List.of("MKT-1"), true);

        okr().keyResults.delete(b.id());
        List<KeyResult> reordered = okr().keyResults.reorder(grow.id(), List.of(c.id(), a.id()));

        assertEquals(List.of("C", "A"), reordered.stream().map(KeyResult::title).toList());
        assertTrue(okr().keyResults.forObjective(grow.id()).stream().noneMatch(k -> k.id() == b.id()));
        assertThrows(NotFoundException.class, () -> okr().initiatives.list(b.id(), io.capokr.okr.PageRequest.first(5)));
    }
}
