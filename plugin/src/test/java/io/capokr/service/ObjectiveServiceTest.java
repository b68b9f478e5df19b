package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.ObjectiveType;
import io.capokr.store.CheckInEntity;
import io.capokr.store.InitiativeEntity;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.ObjectiveEntity;
import org.junit.Test;

public class ObjectiveServiceTest extends OkrFixture {

    public ObjectiveServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void aProjectAdministratorCreatesTheProjectsObjectivesAndOwnsThem() {
        Cycle cycle = quarter();
        Objective created = objective(cycle, "MKT", "  Grow the newsletter ", "lead");

        assertEquals("Grow the newsletter", created.title());
        assertEquals(Long.valueOf(10000), created.projectId());
        assertEquals("lead", created.ownerKey());
        assertEquals(ObjectiveType.COMMITTED, created.type());
        assertEquals(1, created.version());
    }

    @Test
    public void onlyJiraAdministratorsCreateCompanyObjectives() {
        Cycle cycle = quarter();
        assertTrue(objective(cycle, null, "Be the reference", "admin").isCompanyObjective());

        assertThrows(PermissionDeniedException.class, () -> objective(cycle, null, "Mine", "lead"));
    }

    @Test
    public void peopleWhoDoNotAdministerTheProjectCannotCreateItsObjectives() {
        Cycle cycle = quarter();

        assertThrows(PermissionDeniedException.class, () -> objective(cycle, "MKT", "x", "member"));
        // a project the caller cannot see is, to them, a project key that does not exist
        assertTrue(fieldErrors(assertThrows(ValidationException.class, () -> objective(cycle, "SALES", "x", "outsider"))).containsKey("projectKey"));
        assertEquals(0, ao.activeObjects().count(ObjectiveEntity.class));
    }

    @Test
    public void badInputNamesEachFieldAndWritesNothing() {
        quarter();
        host.loggedInAs("lead");
        ValidationException refusal = assertThrows(ValidationException.class, () -> okr().objectives.create(
                new ObjectiveCommand(999L, "MKT", null, "nobody", new ObjectiveDraft(" ", "", "SOMEDAY"), null)));

        assertEquals(List.of("title", "type", "cycleId", "ownerKey"), List.copyOf(fieldErrors(refusal).keySet()));
        assertEquals(0, ao.activeObjects().count(ObjectiveEntity.class));
    }

    @Test
    public void theOwnerMayEditTheirObjectiveButAStaleVersionIsAConflict() {
        Cycle cycle = quarter();
        Objective created = objective(cycle, "MKT", "Grow", "lead");
        host.loggedInAs("lead");
        okr().objectives.update(created.id(), command(created, "admin"));

        host.loggedInAs("admin");
        Objective renamed = okr().objectives.update(created.id(),
                new ObjectiveCommand(null, null, null, null, new ObjectiveDraft("Grow faster", "", "ASPIRATIONAL"), 2));
        assertEquals("Grow faster", renamed.title());
        assertEquals(3, renamed.version());

        assertThrows(ConflictException.class, () -> okr().objectives.update(created.id(),
                new ObjectiveCommand(null, null, null, null, new ObjectiveDraft("Lost update", "", null), 2)));
        assertEquals("Grow faster", okr().objectives.get(created.id()).title());
    }

    @Test
    public void companyObjectivesStayWithJiraAdministratorsWhoeverOwnsThem() {
        Cycle cycle = quarter();
        host.loggedInAs("admin");
        Objective company = okr().objectives.create(new ObjectiveCommand(cycle.id(), null, null, "member",
                new ObjectiveDraft("Be the reference", "", null), null));
        assertEquals("member", company.ownerKey());

        host.loggedInAs("member");
        assertThrows(PermissionDeniedException.class, () -> okr().objectives.update(company.id(), command(company, null)));
        assertThrows(PermissionDeniedException.class, () -> okr().objectives.delete(company.id()));
    }

    @Test
    public void concurrentEditsOfOneVersionLetExactlyOneWin() throws Exception {
        Objective created = objective(quarter(), "MKT", "Grow", "lead");
        host.loggedInAs("lead");
        int editors = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String title = "Edit " + i;
                outcomes.add(pool.submit(() -> {
                    try {
                        return okr().objectives.update(created.id(), new ObjectiveCommand(null, null, null, null,
                                new ObjectiveDraft(title, "", null), created.version())).title();
                    } catch (ConflictException stale) {
                        return "409";
                    }
                }));
            }
            List<String> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(editors - 1, results.stream().filter("409"::equals).count());
            String winner = results.stream().filter(r -> !r.equals("409")).findFirst().orElseThrow();
            Objective saved = okr().objectives.get(created.id());
            assertEquals(winner, saved.title());
            assertEquals(created.version() + 1, saved.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void othersCannotEditIt() {
        Objective created = objective(quarter(), "MKT", "Grow", "lead");
        host.loggedInAs("member");

        assertThrows(PermissionDeniedException.class, () -> okr().objectives.update(created.id(), command(created, null)));
        assertThrows(PermissionDeniedException.class, () -> okr().objectives.delete(created.id()));
    }

    @Test
    public void aProjectObjectiveIsInvisibleToThoseWhoCannotBrowseTheProject() {
        Objective created = objective(quarter(), "SALES", "Sell", "admin");
        host.loggedInAs("outsider");

        assertThrows(NotFoundException.class, () -> okr().objectives.get(created.id()));
    }

    @Test
    public void deletingAnObjectiveDeletesItsKeyResultsLinksAndCheckInsAndUnalignsItsChildren() {
        Cycle cycle = quarter();
        Objective company = objective(cycle, null, "Be the reference", "admin");
        Objective parent = objective(cycle, "MKT", "Grow", "lead");
        host.loggedInAs("lead");
        Objective child = okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", parent.id(), null,
                new ObjectiveDraft("Child", "", null), null));
        KeyResult kr = issuesKeyResult(parent, "Ship", "lead");
        host.loggedInAs("lead");
        okr().initiatives.link(kr.id(), List.of("MKT-1", "MKT-4"), true);
        okr().checkIns.record(kr.id(), new CheckInDraft(null, "ON_TRACK", "fine"));
        KeyResult keep = issuesKeyResult(company, "Other", "admin");

        host.loggedInAs("lead");
        okr().objectives.delete(parent.id());

        assertEquals(2, ao.activeObjects().count(ObjectiveEntity.class));
        assertEquals(1, ao.activeObjects().count(KeyResultEntity.class));
        assertEquals(keep.id(), ao.activeObjects().find(KeyResultEntity.class, "ID = ?", (int) keep.id())[0].getID());
        assertEquals(0, ao.activeObjects().count(InitiativeEntity.class));
        assertEquals(0, ao.activeObjects().count(CheckInEntity.class));
        assertNull(okr().objectives.get(child.id()).parentId());
    }

    @Test
    public void anObjectiveCannotBeAlignedBelowItself() {
        Cycle cycle = quarter();
        Objective top = objective(cycle, "MKT", "Top", "lead");
        host.loggedInAs("lead");
        Objective below = okr().objectives.create(new ObjectiveCommand(cycle.id(), "MKT", top.id(), null,
                new ObjectiveDraft("Below", "", null), null));

        ValidationException refusal = assertThrows(ValidationException.class, () -> okr().objectives.update(top.id(),
                new ObjectiveCommand(null, null, below.id(), null, new ObjectiveDraft("Top", "", null), top.version())));
        assertTrue(fieldErrors(refusal).containsKey("parentId"));
    }

    @Test
    public void reorderingNeedsEveryObjectiveOnceAndRanksThemInThatOrder() {
        Cycle cycle = quarter();
        Objective a = objective(cycle, "MKT", "A", "lead");
        Objective b = objective(cycle, "MKT", "B", "lead");
        Objective c = objective(cycle, "MKT", "C", "lead");
        host.loggedInAs("lead");

        assertThrows(ValidationException.class, () -> okr().objectives.reorder(cycle.id(), "MKT", List.of(c.id(), a.id())));
        List<Objective> ordered = okr().objectives.reorder(cycle.id(), "MKT", List.of(c.id(), a.id(), b.id()));

        assertEquals(List.of("C", "A", "B"), ordered.stream().map(Objective::title).toList());
    }

    private static ObjectiveCommand command(Objective objective, String ownerKey) {
        return new ObjectiveCommand(null, null, objective.parentId(), ownerKey,
                new ObjectiveDraft(objective.title(), objective.description(), objective.type().name()), objective.version());
    }
}
