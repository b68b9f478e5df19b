package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.MeetingItemDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.PlanDraft;
import io.capokr.store.CheckInEntity;
import io.capokr.store.CycleEntity;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.MeetingItemEntity;
import io.capokr.store.ObjectiveEntity;
import io.capokr.store.PlanPriorityEntity;
import org.junit.Test;

/**
 * Text is kept exactly as sent, or refused: half of a UTF-16 surrogate pair on its own (which JSON's {@code \uD800}
 * escape carries) was kept in titles but turned into {@code ?} in descriptions and notes. Now every free text of
 * every draft refuses it with a 400 naming the field, and nothing is written; a whole pair (an emoji) is kept
 * exactly, on H2 and PostgreSQL.
 */
public class UnpairedSurrogateServiceTest extends OkrFixture {

    private static final String EMOJI = "Ship \uD83D\uDE80 now";
    /** A lone high half, a lone low half, and the two halves the wrong way round. */
    private static final List<String> BROKEN = List.of("Ship \uD83D now", "\uDE80", "ends \uD83D", "\uDE80\uD83D swapped");

    public UnpairedSurrogateServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void wholePairsAreKeptExactlyInTitlesDescriptionsAndNotes() {
        host.loggedInAs("admin");
        Cycle cycle = okr().cycles.create(new CycleDraft(EMOJI, "2027-01-01", "2027-03-31")).cycle();
        host.loggedInAs("lead");
        Objective objective = okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", null, null,
                new ObjectiveDraft(EMOJI, EMOJI, "COMMITTED"), null));
        KeyResult keyResult = okr().keyResults.create(objective.id(),
                new KeyResultDraft(EMOJI, "METRIC", 0.0, 10.0, null, EMOJI, null, null, null, null), null);
        okr().checkIns.record(keyResult.id(), new CheckInDraft(1.0, "ON_TRACK", EMOJI));

        assertEquals(EMOJI, okr().cycles.get(cycle.id()).cycle().name());
        Objective read = okr().objectives.get(objective.id());
        assertEquals(EMOJI, read.title());
        assertEquals(EMOJI, read.description());
        assertEquals(EMOJI, okr().keyResults.get(keyResult.id()).title());
        assertEquals(EMOJI, okr().checkIns.list(keyResult.id(), io.capokr.okr.PageRequest.first(1)).values().get(0).note());
    }

    @Test
    public void aLoneHalfIsRefusedInEveryTextNamingTheFieldAndNothingIsWritten() {
        Cycle cycle = quarter();
        Objective objective = objective(cycle, "MKT", "Grow", "lead");
        KeyResult keyResult = metricKeyResult(objective, "Signups", 0, 10, "lead");
        Map<Class<?>, Integer> before = counts();

        for (String broken : BROKEN) {
            host.loggedInAs("admin");
            assertRefused(CycleDraft.NAME, () -> okr().cycles.create(new CycleDraft(broken, "2028-01-01", "2028-03-31")));
            host.loggedInAs("lead");
            assertRefused(ObjectiveDraft.TITLE, () -> okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT",
                    null, null, new ObjectiveDraft(broken, "", "COMMITTED"), null)));
            assertRefused(ObjectiveDraft.DESCRIPTION, () -> okr().objectives.update(objective.id(), new ObjectiveCommand(
                    cycle.id(), "MKT", null, null, new ObjectiveDraft("Grow", broken, "COMMITTED"), objective.version())));
            assertRefused(KeyResultDraft.TITLE, () -> okr().keyResults.create(objective.id(),
                    new KeyResultDraft(broken, "MILESTONE", null, null, null, null, null, false, null, null), null));
            assertRefused(KeyResultDraft.UNIT, () -> okr().keyResults.update(keyResult.id(),
                    new KeyResultDraft("Signups", "METRIC", 0.0, 10.0, null, broken, null, null, null, null), null,
                    keyResult.version()));
            assertRefused(CheckInDraft.NOTE, () -> okr().checkIns.record(keyResult.id(),
                    new CheckInDraft(1.0, "ON_TRACK", broken)));
            assertRefused(PlanDraft.field(0, "title"), () -> okr().plans.save("MKT", cycle.id(), null,
                    new PlanDraft(List.of(new PlanDraft.Item(broken, null)))));
            host.loggedInAs("member");
            assertRefused(MeetingItemDraft.TITLE, () -> okr().meetingItems.create("MKT", cycle.id(), "2027-W07",
                    new MeetingItemDraft("DECISION", broken, null, null)));
        }

        assertEquals(before, counts());
        assertEquals("Grow", okr().objectives.get(objective.id()).title());
        assertEquals("", okr().objectives.get(objective.id()).description());
    }

    private void assertRefused(String field, org.junit.function.ThrowingRunnable call) {
        ValidationException refusal = assertThrows(field, ValidationException.class, call);
        Map<String, String> errors = fieldErrors(refusal);
        assertEquals(errors.toString(), List.of(field), List.copyOf(errors.keySet()));
    }

    private Map<Class<?>, Integer> counts() {
        return Map.of(CycleEntity.class, ao.activeObjects().count(CycleEntity.class),
                ObjectiveEntity.class, ao.activeObjects().count(ObjectiveEntity.class),
                KeyResultEntity.class, ao.activeObjects().count(KeyResultEntity.class),
                CheckInEntity.class, ao.activeObjects().count(CheckInEntity.class),
                PlanPriorityEntity.class, ao.activeObjects().count(PlanPriorityEntity.class),
                MeetingItemEntity.class, ao.activeObjects().count(MeetingItemEntity.class));
    }
}
