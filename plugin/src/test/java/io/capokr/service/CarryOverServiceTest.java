package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.CloseOutcome;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.CycleState;
import io.capokr.okr.Direction;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Measure;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.PageRequest;
import io.capokr.okr.ProgressPoint;
import io.capokr.store.KeyResultEntity;
import io.capokr.store.ObjectiveEntity;
import org.junit.Before;
import org.junit.Test;

/**
 * Closing into the next cycle through the services, on H2 and PostgreSQL: the unfinished list, carrying at close
 * and later, the copies' rules, the decisions' finality, the target's checks, who may decide, and the statements.
 */
public class CarryOverServiceTest extends OkrFixture {

    private Cycle q1;
    private Cycle q2;
    private Objective grow;
    private KeyResult signups;
    private KeyResult ship;
    private KeyResult launched;
    private KeyResult press;

    public CarryOverServiceTest(TestDatabase database) {
        super(database);
    }

    /**
     * 2027 Q1 (active) and 2027 Q2 (planned). "Grow" in MKT: signups at 40 of 0 → 100, "Ship" measured by MKT-1 (to
     * do), MKT-4 (done) and MKT-5 (restricted, to do), "Launched" (a milestone, done) and "Press" (a milestone to do).
     */
    @Before
    public void twoQuarters() {
        q1 = quarter();
        q2 = okr().cycles.create(new CycleDraft("2027 Q2", "2027-04-01", "2027-06-30")).cycle();
        grow = objective(q1, "MKT", "Grow", "lead");
        signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        ship = issuesKeyResult(grow, "Ship", "lead");
        launched = milestone(grow, "Launched", true);
        press = milestone(grow, "Press", false);
        host.loggedInAs("lead");
        okr().checkIns.record(signups.id(), new CheckInDraft(40.0, "AT_RISK", "halfway"));
        okr().initiatives.link(ship.id(), List.of("MKT-1", "MKT-4", "MKT-5"), true);
        host.loggedInAs("admin");
        okr().cycles.start(q1.id());
    }

    private KeyResult milestone(Objective objective, String title, boolean done) {
        host.loggedInAs("lead");
        return okr().keyResults.create(objective.id(),
                new KeyResultDraft(title, "MILESTONE", null, null, null, null, null, done, null, null), null);
    }

    private CarryOverService carryOver() {
        return okr().carryOver;
    }

    private static CarryRequest carry(long keyResultId, Long toCycleId) {
        return new CarryRequest(List.of(new CarryRequest.Carry(keyResultId, toCycleId)), List.of());
    }

    private static CarryRequest drop(long... ids) {
        List<Long> list = new ArrayList<>();
        for (long id : ids) {
            list.add(id);
        }
        return new CarryRequest(List.of(), list);
    }

    private UnfinishedList.Item item(UnfinishedList list, KeyResult keyResult) {
        return list.keyResults().stream().filter(i -> i.keyResult().id() == keyResult.id()).findFirst().orElseThrow();
    }

    private ProjectOkrs page(Cycle cycle, String as) {
        host.loggedInAs(as);
        return okr().projectOkrs.forProject("MKT", cycle.id());
    }

    private void closeQ1(CarryRequest decisions) {
        host.loggedInAs("admin");
        okr().cycles.close(q1.id(), decisions);
    }

    @Test
    public void theUnfinishedListHoldsKeyResultsUnderFullProgressAndTheNextCycle() {
        host.loggedInAs("admin");
        UnfinishedList list = carryOver().unfinished(q1.id(), null);

        assertEquals(List.of("Signups", "Ship", "Press"), list.keyResults().stream().map(i -> i.keyResult().title()).toList());
        assertEquals(q2, list.next());
        assertEquals(List.of(q2), list.targets());
        assertEquals(0.4, item(list, signups).progress(), 1e-9);
        assertEquals("MKT", item(list, signups).project().key());
        assertEquals(3, list.undecided());
        assertTrue("at close, the administrator decides", list.keyResults().stream().allMatch(UnfinishedList.Item::canDecide));

        host.loggedInAs("member");
        assertTrue("before the close, nobody else decides",
                carryOver().unfinished(q1.id(), "MKT").keyResults().stream().noneMatch(UnfinishedList.Item::canDecide));
        host.loggedInAs("admin");
        assertThrows(ConflictException.class, () -> carryOver().unfinished(q2.id(), null));
        assertThrows(NotFoundException.class, () -> carryOver().unfinished(99, null));
    }

    @Test
    public void closingCarriesToAPlannedCycleAndDropsInTheSameTransaction() {
        closeQ1(new CarryRequest(List.of(new CarryRequest.Carry(signups.id(), q2.id()), new CarryRequest.Carry(ship.id(), null)),
                List.of(press.id())));

        host.loggedInAs("admin");
        assertEquals(CycleState.CLOSED, okr().cycles.get(q1.id()).cycle().state());
        ProjectOkrs next = page(q2, "lead");
        assertEquals(1, next.objectives().size());
        Objective copy = next.objectives().get(0).objective();
        assertEquals(List.of("Grow", "lead", "MKT"), List.of(copy.title(), copy.ownerKey(), next.project().key()));
        assertEquals(Long.valueOf(grow.id()), ao.activeObjects().get(ObjectiveEntity.class, (int) copy.id()).getCarriedFromId());

        List<KeyResult> copies = next.objectives().get(0).keyResults().stream().map(ProjectOkrs.KeyResultRow::keyResult).toList();
        assertEquals(List.of("Signups", "Ship"), copies.stream().map(KeyResult::title).toList());
        // The metric measures the rest of the way: from 40, where Q1 left it, to 100.
        assertEquals(new Measure.Metric(40, 100, 40, "signups", Direction.INCREASE), copies.get(0).measure());
        assertEquals(0, next.objectives().get(0).keyResults().get(0).progress(), 0);
        assertEquals(Long.valueOf(signups.id()), ao.activeObjects().get(KeyResultEntity.class, (int) copies.get(0).id()).getCarriedFromId());
        // The open issues go along (the restricted one too, as the administrator carrying it sees it); the done one stays.
        host.loggedInAs("lead");
        assertEquals(List.of("MKT-1", "MKT-5"), okr().initiatives.list(copies.get(1).id(), PageRequest.first(10)).rows().stream()
                .map(row -> row.issue().key()).toList());
        // Its history starts with the copy, at the progress it starts with.
        assertEquals(List.of(new ProgressPoint(host.today(), 0)), okr().history.ofKeyResult(copies.get(1).id()));

        // The originals keep everything, read-only, with the decision and where the copy lives.
        UnfinishedList closed = carryOver().unfinished(q1.id(), "MKT");
        assertEquals(CloseOutcome.CARRIED, item(closed, signups).outcome());
        assertEquals(q2.id(), item(closed, signups).carriedTo().id());
        assertEquals(Long.valueOf(copies.get(0).id()), item(closed, signups).copyId());
        assertEquals(CloseOutcome.DROPPED, item(closed, press).outcome());
        assertNull(item(closed, press).carriedTo());
        assertEquals(0.4, item(closed, signups).progress(), 1e-9);
        assertEquals(3, okr().initiatives.list(ship.id(), PageRequest.first(10)).total());
        assertEquals(0, closed.undecided());
    }

    @Test
    public void twoKeyResultsOfOneObjectiveShareOneCopiedObjectiveEvenWhenCarriedApart() {
        closeQ1(carry(signups.id(), q2.id()));
        host.loggedInAs("lead");
        carryOver().decide(q1.id(), new CarryRequest(List.of(new CarryRequest.Carry(ship.id(), q2.id()),
                new CarryRequest.Carry(press.id(), q2.id())), List.of()));

        ProjectOkrs next = page(q2, "lead");
        assertEquals(1, next.objectives().size());
        assertEquals(List.of("Signups", "Ship", "Press"), next.objectives().get(0).keyResults().stream()
                .map(row -> row.keyResult().title()).toList());
        assertEquals(List.of(0, 1, 2), next.objectives().get(0).keyResults().stream().map(row -> row.keyResult().rank()).toList());
    }

    @Test
    public void aDroppedKeyResultMayStillBeCarriedButACarriedOneIsFinal() {
        closeQ1(drop(signups.id()));
        host.loggedInAs("lead");
        carryOver().decide(q1.id(), drop(signups.id()));
        carryOver().decide(q1.id(), carry(signups.id(), null));

        ConflictException twice = assertThrows(ConflictException.class, () -> carryOver().decide(q1.id(), carry(signups.id(), q2.id())));
        assertEquals("Key result Signups has already been carried over: that decision is final.", message(twice));
        assertThrows(ConflictException.class, () -> carryOver().decide(q1.id(), drop(signups.id())));
        assertEquals(1, page(q2, "lead").objectives().get(0).keyResults().size());
    }

    @Test
    public void aKeyResultWhoseCopyWasDeletedAwaitsADecisionAgain() {
        closeQ1(carry(signups.id(), q2.id()));
        host.loggedInAs("lead");
        long copy = item(carryOver().unfinished(q1.id(), "MKT"), signups).copyId();
        okr().keyResults.delete(copy);

        UnfinishedList.Item again = item(carryOver().unfinished(q1.id(), "MKT"), signups);
        assertNull(again.outcome());
        assertNull(again.carriedTo());
        carryOver().decide(q1.id(), carry(signups.id(), q2.id()));
        assertEquals(CloseOutcome.CARRIED, item(carryOver().unfinished(q1.id(), "MKT"), signups).outcome());
        assertEquals("the objective copied the first time is reused", 1, page(q2, "lead").objectives().size());
    }

    @Test
    public void theTargetMustBeAnotherOpenCycleAndABadRequestChangesNothing() {
        host.loggedInAs("admin");
        Cycle old = okr().cycles.create(new CycleDraft("2026 Q4", "2026-10-01", "2026-12-31")).cycle();
        okr().cycles.start(old.id());
        okr().cycles.close(old.id());

        ValidationException itself = assertThrows(ValidationException.class, () -> okr().cycles.close(q1.id(), carry(signups.id(), q1.id())));
        assertEquals("A key result cannot be carried over into its own cycle, 2027 Q1.", fieldErrors(itself).get("toCycleId"));
        ValidationException closed = assertThrows(ValidationException.class, () -> okr().cycles.close(q1.id(), carry(signups.id(), old.id())));
        assertTrue(fieldErrors(closed).get("toCycleId").startsWith("Cycle 2026 Q4 is closed"));
        assertTrue(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().cycles.close(q1.id(), carry(signups.id(), 999L)))).containsKey("toCycleId"));
        assertTrue(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().cycles.close(q1.id(), carry(launched.id(), q2.id())))).get("keyResultId").contains("is finished"));
        assertTrue(fieldErrors(assertThrows(ValidationException.class,
                () -> okr().cycles.close(q1.id(), new CarryRequest(List.of(new CarryRequest.Carry(signups.id(), q2.id())),
                        List.of(signups.id()))))).containsKey("drop"));

        assertEquals(CycleState.ACTIVE, okr().cycles.get(q1.id()).cycle().state());
        assertTrue(page(q2, "lead").objectives().isEmpty());
        assertEquals(3, carryOver().unfinished(q1.id(), null).undecided());

        // Without a later open cycle, carrying "to the next cycle" says to create one first.
        host.loggedInAs("admin");
        okr().cycles.delete(q2.id());
        ValidationException none = assertThrows(ValidationException.class, () -> okr().cycles.close(q1.id(), carry(signups.id(), null)));
        assertEquals("There is no later cycle to carry key results of 2027 Q1 over to: create the next cycle first, or drop them.",
                fieldErrors(none).get("toCycleId"));
        assertNull(carryOver().unfinished(q1.id(), null).next());
    }

    @Test
    public void afterTheCloseProjectAdministratorsAndOwnersDecideForTheirProjectAndJiraAdministratorsForAny() {
        host.loggedInAs("admin");
        Objective sales = okr().objectives.create(new ObjectiveCommand(q1.id(), "SALES", null, null,
                new ObjectiveDraft("Sell", "", "COMMITTED"), null));
        KeyResult deals = metricKeyResult(sales, "Deals", 0, 10, "admin");
        Objective company = objective(q1, null, "Company", "admin");
        KeyResult brand = metricKeyResult(company, "Brand", 0, 10, "admin");
        closeQ1(CarryRequest.none());

        host.loggedInAs("member");
        assertThrows(PermissionDeniedException.class, () -> carryOver().decide(q1.id(), drop(signups.id())));
        host.loggedInAs("lead");
        assertThrows(NotFoundException.class, () -> carryOver().decide(q1.id(), drop(deals.id())));
        assertThrows(PermissionDeniedException.class, () -> carryOver().decide(q1.id(), drop(brand.id())));
        assertThrows(NotFoundException.class, () -> carryOver().decide(q1.id(), drop(99_999)));
        // The lead sees what they may decide: their project's, not the company's; SALES not at all.
        Map<String, Boolean> leadMay = new java.util.TreeMap<>();
        carryOver().unfinished(q1.id(), null).keyResults().forEach(item -> leadMay.put(item.keyResult().title(), item.canDecide()));
        assertEquals(Map.of("Brand", false, "Press", true, "Ship", true, "Signups", true), leadMay);
        carryOver().decide(q1.id(), drop(signups.id()));
        host.loggedInAs("admin");
        carryOver().decide(q1.id(), new CarryRequest(List.of(new CarryRequest.Carry(deals.id(), q2.id()),
                new CarryRequest.Carry(brand.id(), q2.id())), List.of()));

        assertEquals(CloseOutcome.DROPPED, item(carryOver().unfinished(q1.id(), "MKT"), signups).outcome());
        host.loggedInAs("admin");
        assertEquals(1, okr().projectOkrs.forProject("SALES", q2.id()).objectives().size());
    }

    @Test
    public void decisionsComeAtTheCloseOrAfterItNeverBefore() {
        host.loggedInAs("admin");
        assertEquals("Cycle 2027 Q1 is not closed yet: decide what becomes of its unfinished key results when closing it.",
                message(assertThrows(ConflictException.class, () -> carryOver().decide(q1.id(), drop(signups.id())))));
        assertThrows(NotFoundException.class, () -> carryOver().decide(99, drop(signups.id())));
    }

    @Test
    public void aCopiedObjectiveAlignsToTheCopyOfItsParentWhenThatWasCarriedToo() {
        Objective company = objective(q1, null, "Company", "admin");
        KeyResult brand = metricKeyResult(company, "Brand", 0, 10, "admin");
        host.loggedInAs("lead");
        Objective aligned = okr().objectives.create(new ObjectiveCommand(q1.id(), "MKT", company.id(), null,
                new ObjectiveDraft("Aligned", "", "ASPIRATIONAL"), null));
        KeyResult reach = metricKeyResult(aligned, "Reach", 0, 10, "lead");
        closeQ1(new CarryRequest(List.of(new CarryRequest.Carry(reach.id(), q2.id()), new CarryRequest.Carry(brand.id(), q2.id()),
                new CarryRequest.Carry(signups.id(), q2.id())), List.of()));

        ProjectOkrs next = page(q2, "lead");
        Objective alignedCopy = next.objectives().stream().map(ProjectOkrs.ObjectiveRow::objective)
                .filter(o -> o.title().equals("Aligned")).findFirst().orElseThrow();
        Objective growCopy = next.objectives().stream().map(ProjectOkrs.ObjectiveRow::objective)
                .filter(o -> o.title().equals("Grow")).findFirst().orElseThrow();
        assertEquals(next.companyObjectives().get(0).id(), (long) alignedCopy.parentId());
        assertNull(growCopy.parentId());
        assertEquals("ASPIRATIONAL", alignedCopy.type().name());
    }

    /** The unfinished list runs the same statements for one key result as for thirty, in several projects. */
    @Test
    public void theUnfinishedListsStatementCountDoesNotGrowWithTheKeyResults() {
        closeQ1(carry(signups.id(), q2.id()));
        int small = statementsForList();
        host.loggedInAs("admin");
        Cycle q3 = okr().cycles.create(new CycleDraft("2027 Q3", "2027-07-01", "2027-09-30")).cycle();
        for (int o = 0; o < 5; o++) {
            Objective objective = objective(q2, o % 2 == 0 ? "MKT" : "SALES", "Objective " + o, "admin");
            for (int k = 0; k < 6; k++) {
                KeyResult keyResult = issuesKeyResult(objective, "KR " + k, "admin");
                host.loggedInAs("admin");
                okr().initiatives.link(keyResult.id(), List.of(o % 2 == 0 ? "MKT-1" : "SALES-1", "MKT-2"), true);
            }
        }
        host.loggedInAs("admin");
        okr().cycles.start(q2.id());
        okr().cycles.close(q2.id(), carry(page(q2, "admin").objectives().get(0).keyResults().get(0).keyResult().id(), q3.id()));

        int large = statementsFor(q2);
        assertEquals(small, large);
        assertTrue("a handful of statements: " + large, large <= 6);
    }

    private int statementsForList() {
        return statementsFor(q1);
    }

    private int statementsFor(Cycle cycle) {
        host.loggedInAs("admin");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            carryOver().unfinished(cycle.id(), null);
            return log.count();
        }
    }

    /**
     * Carrying many key results reads a fixed number of statements: only the writes (an insert per copy, per
     * carried link and per first history point, an update per original) grow with them.
     */
    @Test
    public void carryingManyKeyResultsReadsAFixedNumberOfStatements() {
        Map<String, Integer> few = statementsToCarry(2);
        Map<String, Integer> many = statementsToCarry(12);

        int moreInserts = many.get("INSERT") - few.get("INSERT");
        int moreReads = many.get("SELECT") - few.get("SELECT");
        // 10 more key results: 10 copies, 20 open links, 10 first history points. H2 reads nothing more; AO on
        // PostgreSQL reads each inserted row's id back, one SELECT per INSERT, and nothing else.
        assertEquals(40, moreInserts);
        assertTrue("reads: " + few + " vs " + many, moreReads == 0 || moreReads == moreInserts);
        assertEquals("one update per original: " + many, 10, many.get("UPDATE") - few.get("UPDATE"));
    }

    private Map<String, Integer> statementsToCarry(int count) {
        host.loggedInAs("admin");
        String suffix = String.valueOf(count);
        Cycle from = okr().cycles.create(new CycleDraft("From " + suffix, "2028-0" + (count % 9 + 1) + "-01", null)).cycle();
        Cycle to = okr().cycles.create(new CycleDraft("To " + suffix, "2029-0" + (count % 9 + 1) + "-01", null)).cycle();
        List<CarryRequest.Carry> carries = new ArrayList<>();
        for (int o = 0; o < 2; o++) {
            Objective objective = objective(from, "MKT", "O" + o, "lead");
            for (int k = 0; k < count / 2; k++) {
                KeyResult keyResult = issuesKeyResult(objective, "KR " + k, "lead");
                host.loggedInAs("lead");
                okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-2", "MKT-4"), true);
                carries.add(new CarryRequest.Carry(keyResult.id(), to.id()));
            }
        }
        host.loggedInAs("admin");
        okr().cycles.start(from.id());
        okr().cycles.close(from.id());
        host.loggedInAs("lead");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            carryOver().decide(from.id(), new CarryRequest(carries, List.of()));
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            if (System.getenv("CAPOKR_SHOW_SQL") != null) {
                log.statements().forEach(System.out::println);
            }
            for (String sql : log.statements()) {
                kinds.merge(sql.trim().split("\\s+")[0].toUpperCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
            return kinds;
        }
    }
}
