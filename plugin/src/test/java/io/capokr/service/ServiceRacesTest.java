package io.capokr.service;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.store.CheckInEntity;
import io.capokr.store.InitiativeEntity;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.ObjectiveEntity;
import io.capokr.store.ProgressSnapEntity;
import io.capokr.testing.Okr;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Test;

/**
 * Real threads against real databases: a delete racing the creation of what hangs from the deleted object leaves no
 * orphan, and objects created at once still get unique, dense ranks. Each race starts its threads together at a
 * barrier and is repeated for several rounds (the system property {@code capokr.raceRounds} gives more), so an
 * interleaving that is possible shows up; nothing waits on a clock.
 */
public class ServiceRacesTest extends OkrFixture {

    private static final int ROUNDS = Integer.getInteger("capokr.raceRounds", 6);
    private static final int THREADS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

    public ServiceRacesTest(TestDatabase database) {
        super(database);
    }

    @After
    public void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    public void deletingAnObjectiveWhileKeyResultsAreAddedToItLeavesNoKeyResultBehind() throws Exception {
        Cycle cycle = quarter();
        for (int round = 0; round < ROUNDS; round++) {
            Objective doomed = objective(cycle, "MKT", "Doomed " + round, "lead");
            Okr services = servicesAs("lead");
            List<Callable<Object>> racers = new ArrayList<>();
            racers.add(done(() -> services.objectives.delete(doomed.id())));
            for (int i = 0; i < THREADS; i++) {
                String title = "KR " + i;
                racers.add(() -> services.keyResults.create(doomed.id(), milestone(title), null));
            }
            race(racers);

            assertEquals("round " + round, 0, count(KeyResultEntity.class, KeyResultEntity.OBJECTIVE_ID, doomed.id()));
        }
    }

    @Test
    public void deletingAKeyResultWhileItIsCheckedInAndLinkedLeavesNothingOfIt() throws Exception {
        Cycle cycle = quarter();
        Objective grow = objective(cycle, "MKT", "Grow", "lead");
        for (int round = 0; round < ROUNDS; round++) {
            KeyResult doomed = metricKeyResult(grow, "Doomed " + round, 0, 100, "lead");
            Okr services = servicesAs("lead");
            List<Callable<Object>> racers = new ArrayList<>();
            racers.add(done(() -> services.keyResults.delete(doomed.id())));
            for (int i = 0; i < THREADS; i++) {
                double value = i;
                String issue = "MKT-" + (1 + i % 4);
                racers.add(i % 2 == 0
                        ? () -> services.checkIns.record(doomed.id(), new CheckInDraft(value, "ON_TRACK", ""))
                        : () -> services.initiatives.link(doomed.id(), List.of(issue), true));
            }
            race(racers);

            assertNothingOf(doomed.id(), "round " + round);
        }
    }

    @Test
    public void deletingAnObjectiveWhileItsKeyResultsAreCheckedInAndLinkedLeavesNothingOfThem() throws Exception {
        Cycle cycle = quarter();
        for (int round = 0; round < ROUNDS; round++) {
            Objective doomed = objective(cycle, "MKT", "Doomed " + round, "lead");
            KeyResult a = metricKeyResult(doomed, "A", 0, 100, "lead");
            KeyResult b = metricKeyResult(doomed, "B", 0, 100, "lead");
            Okr services = servicesAs("lead");
            List<Callable<Object>> racers = new ArrayList<>();
            racers.add(done(() -> services.objectives.delete(doomed.id())));
            for (int i = 0; i < THREADS; i++) {
                KeyResult target = i % 2 == 0 ? a : b;
                racers.add(i % 4 < 2
                        ? () -> services.checkIns.record(target.id(), new CheckInDraft(5.0, "ON_TRACK", ""))
                        : () -> services.initiatives.link(target.id(), List.of("MKT-2"), true));
            }
            race(racers);

            assertNothingOf(a.id(), "round " + round);
            assertNothingOf(b.id(), "round " + round);
        }
    }

    @Test
    public void objectivesCreatedAtOnceInOneListGetUniqueDenseRanks() throws Exception {
        Cycle cycle = quarter();
        for (int round = 0; round < ROUNDS; round++) {
            String project = round % 2 == 0 ? "MKT" : null;
            Okr services = servicesAs("admin");
            List<Callable<Object>> racers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String title = "O" + round + "." + i;
                racers.add(() -> services.objectives.create(new ObjectiveCommand(cycle.id(), project, null, null,
                        new ObjectiveDraft(title, "", "COMMITTED"), null)));
            }
            race(racers);

            List<Integer> ranks = objectiveRanks(cycle.id(), project);
            assertEquals("round " + round, (round / 2 + 1) * THREADS, ranks.size());
            assertEquals("round " + round, IntStream.range(0, ranks.size()).boxed().toList(), ranks);
        }
    }

    @Test
    public void keyResultsCreatedAtOnceUnderOneObjectiveGetUniqueDenseRanks() throws Exception {
        Cycle cycle = quarter();
        for (int round = 0; round < ROUNDS; round++) {
            Objective grow = objective(cycle, "MKT", "Grow " + round, "lead");
            Okr services = servicesAs("lead");
            List<Callable<Object>> racers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String title = "KR " + i;
                racers.add(() -> services.keyResults.create(grow.id(), milestone(title), null));
            }
            race(racers);

            List<Integer> ranks = okr().keyResults.forObjective(grow.id()).stream().map(KeyResult::rank).toList();
            assertEquals("round " + round, IntStream.range(0, THREADS).boxed().toList(), ranks);
        }
    }

    @Test
    public void deletesCloseUpTheRanksOfWhatIsLeft() {
        Cycle cycle = quarter();
        Objective first = objective(cycle, "MKT", "First", "lead");
        Objective second = objective(cycle, "MKT", "Second", "lead");
        Objective third = objective(cycle, "MKT", "Third", "lead");
        KeyResult a = metricKeyResult(third, "A", 0, 1, "lead");
        metricKeyResult(third, "B", 0, 1, "lead");
        metricKeyResult(third, "C", 0, 1, "lead");
        host.loggedInAs("lead");

        okr().objectives.delete(second.id());
        okr().keyResults.delete(a.id());

        assertEquals(List.of(0, 1), objectiveRanks(cycle.id(), "MKT"));
        assertEquals(List.of(first.id(), third.id()), objectiveIds(cycle.id(), "MKT"));
        assertEquals(List.of(0, 1), okr().keyResults.forObjective(third.id()).stream().map(KeyResult::rank).toList());
    }

    private List<Integer> objectiveRanks(long cycleId, String projectKey) {
        return objectives(cycleId, projectKey).stream().map(ObjectiveEntity::getSortOrder).toList();
    }

    private List<Long> objectiveIds(long cycleId, String projectKey) {
        return objectives(cycleId, projectKey).stream().map(row -> (long) row.getID()).toList();
    }

    private List<ObjectiveEntity> objectives(long cycleId, String projectKey) {
        Query query = projectKey == null
                ? Query.select().where("CYCLE_ID = ? AND PROJECT_ID IS NULL", cycleId)
                : Query.select().where("CYCLE_ID = ? AND PROJECT_ID = ?", cycleId, 10000L);
        return List.of(ao.activeObjects().find(ObjectiveEntity.class, query.order("SORT_ORDER ASC, ID ASC")));
    }

    /** No row of any kind still refers to the key result. */
    private void assertNothingOf(long keyResultId, String round) {
        assertEquals(round, 0, count(KeyResultEntity.class, "ID", keyResultId));
        assertEquals(round, 0, count(CheckInEntity.class, "KEY_RESULT_ID", keyResultId));
        assertEquals(round, 0, count(InitiativeEntity.class, "KEY_RESULT_ID", keyResultId));
        assertEquals(round, 0, count(ProgressSnapEntity.class, "KEY_RESULT_ID", keyResultId));
    }

    private <K> int count(Class<? extends net.java.ao.RawEntity<K>> type, String column, long id) {
        return ao.activeObjects().count(type, Query.select().where(column + " = ?", id));
    }

    /** One wiring of the services, shared by a round's threads, acting as {@code user}. */
    private Okr servicesAs(String user) {
        host.loggedInAs(user);
        return okr();
    }

    private static Callable<Object> done(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }

    private static KeyResultDraft milestone(String title) {
        return new KeyResultDraft(title, "MILESTONE", null, null, null, null, null, null, null, null);
    }

    /**
     * Runs the racers together, released at once by a barrier; each may succeed or be refused (a 404 or a 409 for
     * those that come after a delete), but nothing else may go wrong.
     */
    private void race(List<Callable<Object>> racers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(racers.size());
        List<Future<Object>> outcomes = new ArrayList<>();
        for (Callable<Object> racer : racers) {
            outcomes.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    return racer.call();
                } catch (NotFoundException | ConflictException refused) {
                    return refused;
                }
            }));
        }
        for (Future<Object> outcome : outcomes) {
            outcome.get(60, TimeUnit.SECONDS);
        }
    }
}
