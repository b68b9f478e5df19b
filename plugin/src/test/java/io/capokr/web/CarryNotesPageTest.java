package io.capokr.web;

import static org.junit.Assert.assertEquals;

import java.util.List;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.service.CarryRequest;
import io.capokr.service.OkrFixture;
import org.junit.Test;

/**
 * The project page says what closing a cycle did: "Carried over to" on the closed cycle's key result, "Carried over
 * from" on its copy, "Dropped" on one let go; a few statements more, however many key results were carried.
 */
public class CarryNotesPageTest extends OkrFixture {

    public CarryNotesPageTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void bothCyclesSayWhereACarriedKeyResultCameFromAndWentTo() {
        Cycle q1 = quarter();
        Cycle q2 = okr().cycles.create(new CycleDraft("2027 Q2", "2027-04-01", "2027-06-30")).cycle();
        Objective grow = objective(q1, "MKT", "Grow", "lead");
        KeyResult signups = metricKeyResult(grow, "Signups", 0, 100, "lead");
        KeyResult press = metricKeyResult(grow, "Press", 0, 10, "lead");
        metricKeyResult(grow, "Undecided", 0, 10, "lead");
        host.loggedInAs("admin");
        okr().cycles.start(q1.id());
        okr().cycles.close(q1.id(), new CarryRequest(List.of(new CarryRequest.Carry(signups.id(), q2.id())), List.of(press.id())));

        assertEquals(List.of(List.of("Carried over to 2027 Q2"), List.of("Dropped when its cycle closed"), List.of()),
                notes(q1));
        assertEquals(List.of(List.of("Carried over from 2027 Q1")), notes(q2));
    }

    @Test
    public void theNotesCostTheSameStatementsForOneCarriedKeyResultAsForTen() {
        Cycle q1 = quarter();
        Cycle q2 = okr().cycles.create(new CycleDraft("2027 Q2", "2027-04-01", "2027-06-30")).cycle();
        Objective grow = objective(q1, "MKT", "Grow", "lead");
        List<KeyResult> keyResults = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            keyResults.add(metricKeyResult(grow, "KR " + k, 0, 100, "lead"));
        }
        host.loggedInAs("admin");
        okr().cycles.start(q1.id());
        okr().cycles.close(q1.id(), new CarryRequest(List.of(new CarryRequest.Carry(keyResults.get(0).id(), q2.id())), List.of()));
        int oneTo = statementsForPage(q1);
        int oneFrom = statementsForPage(q2);
        host.loggedInAs("lead");
        okr().carryOver.decide(q1.id(), new CarryRequest(keyResults.subList(1, 10).stream()
                .map(kr -> new CarryRequest.Carry(kr.id(), q2.id())).toList(), List.of()));

        assertEquals(oneTo, statementsForPage(q1));
        assertEquals(oneFrom, statementsForPage(q2));
    }

    private List<List<String>> notes(Cycle cycle) {
        host.loggedInAs("member");
        ProjectPageView page = (ProjectPageView) okr().projectPage.contextFor("MKT", String.valueOf(cycle.id()))
                .get(ProjectPageContextFactory.PAGE);
        return page.getShown().getObjectives().stream().flatMap(o -> o.getKeyResults().stream())
                .map(KeyResultView::getCarryNotes).toList();
    }

    private int statementsForPage(Cycle cycle) {
        host.loggedInAs("member");
        ao.activeObjects().flushAll();
        try (StatementLog log = ao.recordStatements()) {
            okr().projectPage.contextFor("MKT", String.valueOf(cycle.id()));
            return log.count();
        }
    }
}
