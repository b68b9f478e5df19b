package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.PlanDraft;
import io.capokr.okr.PlanPriority;
import org.junit.Test;

public class PlanServiceTest extends OkrFixture {

    public PlanServiceTest(TestDatabase database) {
        super(database);
    }

    private static PlanDraft draft(String... titlesAndOwners) {
        List<PlanDraft.Item> items = new ArrayList<>();
        for (int i = 0; i < titlesAndOwners.length; i += 2) {
            items.add(new PlanDraft.Item(titlesAndOwners[i], titlesAndOwners[i + 1]));
        }
        return new PlanDraft(items);
    }

    private ProjectPlan save(String as, Cycle cycle, Integer version, PlanDraft draft) {
        host.loggedInAs(as);
        return okr().plans.save("MKT", cycle.id(), version, draft);
    }

    @Test
    public void aProjectWithoutPlanReadsTheEmptyPlanAtVersionZero() {
        Cycle cycle = quarter();
        host.loggedInAs("member");
        ProjectPlan plan = okr().plans.get("MKT", cycle.id());
        assertEquals(0, plan.plan().version());
        assertEquals(List.of(), plan.plan().priorities());
        assertNull(plan.plan().updatedBy());
        assertFalse("a member reads, never writes", plan.canEdit());
        host.loggedInAs("lead");
        assertTrue(okr().plans.get("MKT", null).canEdit());
    }

    @Test
    public void anAdministratorWritesTheOrderedListThenReplacesIt() {
        Cycle cycle = quarter();
        ProjectPlan first = save("lead", cycle, null, draft(" Win the mid-market ", "member", "Cut churn", null));
        assertEquals(1, first.plan().version());
        assertEquals(List.of(new PlanPriority("Win the mid-market", "member"), new PlanPriority("Cut churn", null)),
                first.plan().priorities());
        assertEquals("lead", first.plan().updatedBy());
        assertEquals(host.now(), first.plan().updatedAt());

        ProjectPlan second = save("admin", cycle, 1, draft("Cut churn", "lead", "Win the mid-market", "member",
                "Hire two engineers", ""));
        assertEquals(2, second.plan().version());
        host.loggedInAs("member");
        ProjectPlan read = okr().plans.get("MKT", cycle.id());
        assertEquals(List.of("Cut churn", "Win the mid-market", "Hire two engineers"),
                read.plan().priorities().stream().map(PlanPriority::title).toList());
        assertEquals("lead", read.person("lead").key());
        assertEquals("admin", read.plan().updatedBy());

        assertEquals(3, save("lead", cycle, 2, draft()).plan().version());
        assertEquals(List.of(), okr().plans.get("MKT", cycle.id()).plan().priorities());
    }

    @Test
    public void theFirstSaveMayNameVersionZero() {
        Cycle cycle = quarter();
        assertEquals(1, save("lead", cycle, 0, draft("One", null)).plan().version());
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        Cycle cycle = quarter();
        save("lead", cycle, null, draft("One", null));
        assertThrows(ConflictException.class, () -> save("admin", cycle, null, draft("Two", null)));
        assertThrows(ConflictException.class, () -> save("admin", cycle, 0, draft("Two", null)));
        assertThrows(ConflictException.class, () -> save("admin", cycle, 7, draft("Two", null)));
        host.loggedInAs("member");
        assertEquals(List.of(new PlanPriority("One", null)), okr().plans.get("MKT", cycle.id()).plan().priorities());
    }

    @Test
    public void aVersionForAPlanNobodyWroteIsAConflict() {
        Cycle cycle = quarter();
        assertThrows(ConflictException.class, () -> save("lead", cycle, 1, draft("One", null)));
    }

    @Test
    public void eachProjectAndCycleHasItsOwnPlan() {
        Cycle q1 = quarter();
        host.loggedInAs("admin");
        Cycle q2 = okr().cycles.create(new io.capokr.okr.CycleDraft("2027 Q2", "2027-04-01", "2027-06-30")).cycle();
        save("lead", q1, null, draft("Q1 priority", null));
        host.loggedInAs("admin");
        okr().plans.save("SALES", q1.id(), null, draft("Sales priority", null));
        host.loggedInAs("member");
        assertEquals(0, okr().plans.get("MKT", q2.id()).plan().version());
        assertEquals("Q1 priority", okr().plans.get("MKT", q1.id()).plan().priorities().get(0).title());
        assertEquals("Sales priority", okr().plans.get("SALES", q1.id()).plan().priorities().get(0).title());
    }

    @Test
    public void membersCannotWriteAndOutsidersCannotSeeTheProject() {
        Cycle cycle = quarter();
        assertThrows(PermissionDeniedException.class, () -> save("member", cycle, null, draft("Mine", null)));
        host.loggedInAs("outsider");
        assertThrows(NotFoundException.class, () -> okr().plans.get("SALES", cycle.id()));
        assertThrows(NotFoundException.class, () -> okr().plans.save("SALES", cycle.id(), null, draft("Mine", null)));
        host.loggedInAs(null);
        assertThrows(NotAuthenticatedException.class, () -> okr().plans.get("MKT", cycle.id()));
    }

    @Test
    public void problemsNameTheFieldAndChangeNothing() {
        Cycle cycle = quarter();
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> save("lead", cycle, null, draft("Fine", null, "", null, "x".repeat(256), null)));
        Map<String, String> errors = fieldErrors(refusal);
        assertEquals(List.of("priorities[1].title", "priorities[2].title"), List.copyOf(errors.keySet()));

        ValidationException ghost = assertThrows(ValidationException.class,
                () -> save("lead", cycle, null, draft("Fine", "member", "Who?", "ghost")));
        assertEquals(List.of("priorities[1].ownerKey"), List.copyOf(fieldErrors(ghost).keySet()));

        ValidationException noCycle = assertThrows(ValidationException.class,
                () -> {
                    host.loggedInAs("lead");
                    okr().plans.save("MKT", null, null, draft("Fine", null));
                });
        assertEquals(List.of("cycleId"), List.copyOf(fieldErrors(noCycle).keySet()));
        ValidationException unknownCycle = assertThrows(ValidationException.class,
                () -> okr().plans.save("MKT", 999L, null, draft("Fine", null)));
        assertEquals(List.of("cycleId"), List.copyOf(fieldErrors(unknownCycle).keySet()));

        List<PlanDraft.Item> eleven = new ArrayList<>(Collections.nCopies(11, new PlanDraft.Item("P", null)));
        ValidationException tooMany = assertThrows(ValidationException.class,
                () -> save("lead", cycle, null, new PlanDraft(eleven)));
        assertEquals("At most 10 priorities: a plan names what matters most.", fieldErrors(tooMany).get("priorities"));

        assertEquals(0, okr().plans.get("MKT", cycle.id()).plan().version());
    }

    @Test
    public void aClosedCyclesPlanIsReadOnly() {
        Cycle cycle = quarter();
        save("lead", cycle, null, draft("One", null));
        host.loggedInAs("admin");
        okr().cycles.start(cycle.id());
        save("lead", cycle, 1, draft("One, still", null));
        host.loggedInAs("admin");
        okr().cycles.close(cycle.id());

        ConflictException refusal = assertThrows(ConflictException.class, () -> save("lead", cycle, 2, draft("Late", null)));
        assertEquals("Cycle 2027 Q1 is closed: its business priorities are kept as they were and can no longer change.",
                message(refusal));
        host.loggedInAs("lead");
        ProjectPlan read = okr().plans.get("MKT", cycle.id());
        assertFalse(read.canEdit());
        assertEquals("One, still", read.plan().priorities().get(0).title());
    }

    @Test
    public void anUnknownCycleIsNotFound() {
        quarter();
        host.loggedInAs("member");
        assertThrows(NotFoundException.class, () -> okr().plans.get("MKT", 999L));
    }
}
