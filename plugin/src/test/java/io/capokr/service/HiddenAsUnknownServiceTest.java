package io.capokr.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import io.capokr.aokit.TestDatabase;
import io.capokr.okr.CheckInDraft;
import io.capokr.okr.GradeDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.PageRequest;
import org.junit.Test;

/**
 * Ids of other projects' objects cannot be probed: every way into a key result or what hangs from it answers a key
 * result the caller cannot see exactly as one that never existed, a 404 naming the key result asked for (never its
 * objective, which would tell that it exists).
 */
public class HiddenAsUnknownServiceTest extends OkrFixture {

    private static final long NEVER = 987_654L;

    public HiddenAsUnknownServiceTest(TestDatabase database) {
        super(database);
    }

    @Test
    public void aKeyResultOfAProjectTheCallerCannotBrowseIsNotFoundAsAnUnknownOneIs() {
        KeyResult hidden = metricKeyResult(objective(quarter(), "SALES", "Sell", "admin"), "Deals", 0, 10, "admin");
        host.loggedInAs("admin");
        long checkIn = okr().checkIns.record(hidden.id(), new CheckInDraft(1.0, "ON_TRACK", "")).id();
        host.loggedInAs("outsider");

        for (Map.Entry<String, LongConsumer> call : keyResultCalls(checkIn).entrySet()) {
            assertEquals(call.getKey(), expected(NEVER), refusal(call.getValue(), NEVER));
            assertEquals(call.getKey(), expected(hidden.id()), refusal(call.getValue(), hidden.id()));
        }
    }

    @Test
    public void aCheckInOfAnotherKeyResultOrNoneIsNotFoundNamingTheCheckIn() {
        io.capokr.okr.Objective grow = objective(quarter(), "MKT", "Grow", "lead");
        KeyResult mine = metricKeyResult(grow, "Signups", 0, 10, "lead");
        KeyResult other = metricKeyResult(grow, "Other", 0, 10, "lead");
        host.loggedInAs("lead");
        long elsewhere = okr().checkIns.record(other.id(), new CheckInDraft(1.0, "ON_TRACK", "")).id();

        NotFoundException wrongParent = assertThrows(NotFoundException.class, () -> okr().checkIns.get(mine.id(), elsewhere));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> okr().checkIns.get(mine.id(), NEVER));
        assertEquals(text("capokr.error.checkIn.notFound", elsewhere), message(wrongParent));
        assertEquals(text("capokr.error.checkIn.notFound", NEVER), message(unknown));
    }

    private String text(String key, long id) {
        return message(new NotFoundException(key, String.valueOf(id)));
    }

    private String expected(long id) {
        return text("capokr.error.keyResult.notFound", id);
    }

    private String refusal(LongConsumer call, long id) {
        return message(assertThrows(NotFoundException.class, () -> call.accept(id)));
    }

    /** Every service call that takes a key result id, as the REST API's /keyresults/{id}... endpoints make them. */
    private Map<String, LongConsumer> keyResultCalls(long checkInId) {
        KeyResultDraft draft = new KeyResultDraft("Deals", "METRIC", 0.0, 20.0, null, null, null, null, null, null);
        Map<String, LongConsumer> calls = new LinkedHashMap<>();
        calls.put("get", id -> okr().keyResults.get(id));
        calls.put("update", id -> okr().keyResults.update(id, draft, null, 1));
        calls.put("delete", id -> okr().keyResults.delete(id));
        calls.put("history", id -> okr().history.ofKeyResult(id));
        calls.put("adjustments", id -> okr().history.adjustmentsOf(id));
        calls.put("issues", id -> okr().initiatives.list(id, PageRequest.first(10)));
        calls.put("link", id -> okr().initiatives.link(id, List.of("MKT-1"), true));
        calls.put("unlink", id -> okr().initiatives.unlink(id, List.of("MKT-1")));
        calls.put("checkins", id -> okr().checkIns.list(id, PageRequest.first(10)));
        calls.put("checkin", id -> okr().checkIns.get(id, checkInId));
        calls.put("check in", id -> okr().checkIns.record(id, new CheckInDraft(2.0, "ON_TRACK", "")));
        calls.put("grade", id -> okr().grades.grade(id, new GradeDraft(0.5, "why"), 1));
        return calls;
    }
}
