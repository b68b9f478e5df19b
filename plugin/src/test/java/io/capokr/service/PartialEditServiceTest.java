package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Change;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Measure;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.ObjectiveType;
import io.capokr.okr.SettingsDraft;
import org.junit.Test;

/**
 * Edits merged where the current value is known, under the object's lock and version check: what an edit leaves out
 * keeps its value, a null clears a clearable field, and a null on a required one is refused naming it.
 */
public class PartialEditServiceTest extends OkrFixture {

    public PartialEditServiceTest(TestDatabase database) {
        super(database);
    }

    private static final ObjectiveDraft.Edit NOTHING = new ObjectiveDraft.Edit(null, null, null);

    private Objective described(Cycle cycle) {
        host.loggedInAs("lead");
        return okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", null, "member",
                new ObjectiveDraft("Grow", "Why it matters", "COMMITTED"), null));
    }

    @Test
    public void anObjectiveEditThatLeavesTheDescriptionOutKeepsIt() {
        Objective created = described(quarter());
        host.loggedInAs("lead");

        Objective renamed = okr().objectives.update(created.id(), new ObjectiveEdit(null, null,
                new ObjectiveDraft.Edit(Change.to("Grow faster"), null, null), created.version()));

        assertEquals("Grow faster", renamed.title());
        assertEquals("Why it matters", renamed.description());
        assertEquals(ObjectiveType.COMMITTED, renamed.type());
        assertEquals("member", renamed.ownerKey());
    }

    @Test
    public void twoEditsOfDifferentFieldsBothLandWhenEachCarriesTheVersionItRead() {
        Objective created = described(quarter());
        host.loggedInAs("lead");
        Objective first = okr().objectives.update(created.id(), new ObjectiveEdit(null, null,
                new ObjectiveDraft.Edit(null, Change.to("New why"), null), created.version()));
        // The second caller read the first one's answer, and changes only the type.
        Objective second = okr().objectives.update(created.id(), new ObjectiveEdit(null, null,
                new ObjectiveDraft.Edit(null, null, Change.to("ASPIRATIONAL")), first.version()));

        assertEquals("New why", second.description());
        assertEquals(ObjectiveType.ASPIRATIONAL, second.type());
        // A stale one is still a conflict, whatever field it names.
        assertThrows(ConflictException.class, () -> okr().objectives.update(created.id(), new ObjectiveEdit(null, null,
                new ObjectiveDraft.Edit(Change.to("Lost"), null, null), first.version())));
    }

    @Test
    public void aNullClearsWhatCanBeClearedAndIsRefusedOnWhatCannot() {
        Objective created = described(quarter());
        host.loggedInAs("lead");
        Objective cleared = okr().objectives.update(created.id(), new ObjectiveEdit(null, null,
                new ObjectiveDraft.Edit(null, Change.to(null), Change.to(null)), created.version()));
        assertEquals("", cleared.description());
        assertEquals(ObjectiveType.ASPIRATIONAL, cleared.type());

        ValidationException title = assertThrows(ValidationException.class, () -> okr().objectives.update(created.id(),
                new ObjectiveEdit(null, null, new ObjectiveDraft.Edit(Change.to(null), null, null), cleared.version())));
        assertEquals(java.util.Set.of("title"), fieldErrors(title).keySet());
        ValidationException owner = assertThrows(ValidationException.class, () -> okr().objectives.update(created.id(),
                new ObjectiveEdit(null, Change.to(null), NOTHING, cleared.version())));
        assertEquals(java.util.Set.of("ownerKey"), fieldErrors(owner).keySet());
        assertEquals(cleared, okr().objectives.get(created.id()));
    }

    @Test
    public void aKeyResultEditKeepsTheCurrentValueAndTheOtherMeasureFields() {
        Objective objective = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult metric = metricKeyResult(objective, "Signups", 0, 100, "lead");
        host.loggedInAs("lead");
        okr().checkIns.record(metric.id(), new io.capokr.okr.CheckInDraft(40.0, "ON_TRACK", null, null));
        KeyResult checkedIn = okr().keyResults.get(metric.id());

        KeyResult renamed = okr().keyResults.update(metric.id(), new KeyResultDraft.Edit(Change.to("Weekly signups"), null,
                null, null, null, null, null, null, null, null), null, checkedIn.version());

        assertEquals("Weekly signups", renamed.title());
        assertEquals(new Measure.Metric(0, 100, 40, "signups", io.capokr.okr.Direction.INCREASE), renamed.measure());
        ValidationException start = assertThrows(ValidationException.class, () -> okr().keyResults.update(metric.id(),
                new KeyResultDraft.Edit(null, null, Change.to(null), null, null, null, null, null, null, null), null,
                renamed.version()));
        assertEquals(java.util.Set.of("start"), fieldErrors(start).keySet());
        KeyResult reset = okr().keyResults.update(metric.id(), new KeyResultDraft.Edit(null, null, null, null,
                Change.to(null), null, null, null, null, null), null, renamed.version());
        assertEquals(0, ((Measure.Metric) reset.measure()).current(), 0);
    }

    @Test
    public void aCycleEditKeepsItsEndAndANullEndIsTheDefaultLengthAgain() {
        Cycle cycle = quarter();
        Cycle renamed = okr().cycles.update(cycle.id(), new CycleDraft.Edit(Change.to("2027 first quarter"), null, null),
                cycle.version()).cycle();
        assertEquals(cycle.endDate(), renamed.endDate());
        Cycle moved = okr().cycles.update(cycle.id(), new CycleDraft.Edit(null, Change.to("2027-01-04"), null),
                renamed.version()).cycle();
        assertEquals(cycle.endDate(), moved.endDate());
        Cycle cleared = okr().cycles.update(cycle.id(), new CycleDraft.Edit(null, null, Change.to(null)),
                moved.version()).cycle();
        assertEquals(moved.startDate().plusDays(89), cleared.endDate());
    }

    @Test
    public void settingsLeftOutAreKept() {
        host.loggedInAs("admin");
        okr().settings.update(new SettingsDraft(null, 30, "SUNDAY"));
        okr().settings.update(new SettingsDraft.Edit(null, Change.to(45), null));

        assertEquals(45, okr().settings.read().settings().defaultCycleLength());
        assertEquals(java.time.DayOfWeek.SUNDAY, okr().settings.read().settings().weekStartsOn());
        ValidationException day = assertThrows(ValidationException.class,
                () -> okr().settings.update(new SettingsDraft.Edit(null, null, Change.to(null))));
        assertEquals(java.util.Set.of("weekStartsOn"), fieldErrors(day).keySet());
        assertNull(okr().settings.read().settings().storyPointsFieldId());
    }
}
