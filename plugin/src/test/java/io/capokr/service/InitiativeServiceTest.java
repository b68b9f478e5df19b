package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.capokr.aokit.StatementLog;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.PageRequest;
import io.capokr.okr.StatusCategory;
import io.capokr.store.InitiativeEntity;
import org.junit.Before;
import org.junit.Test;

public class InitiativeServiceTest extends OkrFixture {

    private KeyResult keyResult;
    private Objective grow;

    public InitiativeServiceTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void aKeyResultOwnedByTheLead() {
        grow = objective(quarter(), "MKT", "Grow", "lead");
        keyResult = issuesKeyResult(grow, "Ship the campaign", "lead");
    }

    @Test
    public void anEditorOfTheProjectLinksIssuesByKeyInAnyCase() {
        host.loggedInAs("member");
        InitiativeService.LinkResult result = okr().initiatives.link(keyResult.id(), List.of("mkt-1", " MKT-2 ", "MKT-1"), true);

        assertEquals(new InitiativeService.LinkResult(2, 0), result);
        assertEquals(2, ao.activeObjects().count(InitiativeEntity.class));
    }

    @Test
    public void aBulkLinkRunsTheSameStatementsForTenKeysOrThreeHundred() {
        for (long id = 1_001; id <= 1_310; id++) {
            host.issue(id, "MKT-" + id, StatusCategory.TO_DO, 1.0);
        }
        KeyResult other = issuesKeyResult(grow, "Other", "lead");
        host.loggedInAs("member");

        int ten = statementsOfLinking(keyResult.id(), 1_001, 10);
        int threeHundred = statementsOfLinking(other.id(), 1_011, 300);

        assertEquals("new links are inserted in one batch", ten, threeHundred);
        assertEquals(310, ao.activeObjects().count(InitiativeEntity.class));
    }

    private int statementsOfLinking(long keyResultId, long firstIssue, int count) {
        List<String> keys = java.util.stream.LongStream.range(firstIssue, firstIssue + count).mapToObj(id -> "MKT-" + id).toList();
        try (StatementLog log = ao.recordStatements()) {
            assertEquals(count, okr().initiatives.link(keyResultId, keys, true).linked());
            return log.count();
        }
    }

    @Test
    public void linkingAgainIsHarmlessAndCanTurnALinkIntoContextOnly() {
        host.loggedInAs("member");
        okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-2"), true);
        InitiativeService.LinkResult again = okr().initiatives.link(keyResult.id(), List.of("MKT-2"), false);

        assertEquals(new InitiativeService.LinkResult(0, 1), again);
        Map<String, Boolean> contributes = okr().initiatives.list(keyResult.id(), PageRequest.first(50)).rows().stream()
                .collect(Collectors.toMap(r -> r.issue().key(), r -> r.link().contributes()));
        assertEquals(Map.of("MKT-1", true, "MKT-2", false), contributes);
    }

    @Test
    public void unknownAndInvisibleKeysAreEachReportedAndNothingIsLinked() {
        host.loggedInAs("member");
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-99", "MKT-5"), true));

        assertEquals(List.of("MKT-99", "MKT-5"), List.copyOf(fieldErrors(refusal).keySet()));
        assertEquals("Issue MKT-5 does not exist, or you do not have permission to see it.", fieldErrors(refusal).get("MKT-5"));
        assertEquals(0, ao.activeObjects().count(InitiativeEntity.class));
    }

    @Test
    public void aThousandKeysAtMostAndAtLeastOne() {
        host.loggedInAs("member");
        List<String> tooMany = IntStream.rangeClosed(1, 1001).mapToObj(i -> "MKT-" + i).toList();

        assertTrue(fieldErrors(assertThrows(ValidationException.class, () -> okr().initiatives.link(keyResult.id(), tooMany, true))).containsKey("issueKeys"));
        assertTrue(fieldErrors(assertThrows(ValidationException.class, () -> okr().initiatives.link(keyResult.id(), List.of(" "), true))).containsKey("issueKeys"));
    }

    @Test
    public void peopleWhoCannotEditIssuesInTheProjectCannotLink() {
        host.loggedInAs("outsider");

        assertThrows(PermissionDeniedException.class, () -> okr().initiatives.link(keyResult.id(), List.of("MKT-1"), true));
    }

    @Test
    public void theKeyResultOwnerMayLinkWithoutEditPermission() {
        KeyResult owned = okr().keyResults.get(keyResult.id());
        host.loggedInAs("lead");
        host.user("outsider");
        KeyResult outsiders = okr().keyResults.update(owned.id(),
                new io.capokr.okr.KeyResultDraft(owned.title(), "ISSUES", null, null, null, null, null, null, "COUNT", null),
                "outsider", owned.version());

        host.loggedInAs("outsider");
        assertEquals(1, okr().initiatives.link(outsiders.id(), List.of("MKT-1"), true).linked());
    }

    @Test
    public void restrictedIssuesAreCountedButNeverNamed() {
        host.loggedInAs("lead");
        okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-5"), true);

        host.loggedInAs("member");
        InitiativePage page = okr().initiatives.list(keyResult.id(), PageRequest.first(50));

        assertEquals(2, page.total());
        assertEquals(1, page.restricted());
        assertEquals(List.of("MKT-1"), page.rows().stream().map(r -> r.issue().key()).toList());
    }

    @Test
    public void unlinkingRemovesOnlyTheNamedLinks() {
        host.loggedInAs("member");
        okr().initiatives.link(keyResult.id(), List.of("MKT-1", "MKT-2", "MKT-3"), true);

        assertEquals(2, okr().initiatives.unlink(keyResult.id(), List.of("MKT-1", "mkt-3")));
        assertEquals(List.of("MKT-2"), okr().initiatives.list(keyResult.id(), PageRequest.first(50)).rows().stream()
                .map(r -> r.issue().key()).toList());
        assertThrows(ValidationException.class, () -> okr().initiatives.unlink(keyResult.id(), List.of("MKT-2", "NOPE-1")));
        assertFalse(okr().initiatives.list(keyResult.id(), PageRequest.first(50)).rows().isEmpty());
    }
}
