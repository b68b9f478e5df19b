package io.capokr.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.capokr.okr.CheckIn;
import io.capokr.okr.Initiative;
import io.capokr.okr.IsoWeek;
import io.capokr.okr.KeyResult;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.store.CheckInStore;
import io.capokr.store.InitiativeStore;
import io.capokr.store.KeyResultStore;
import io.capokr.store.MeetingItemStore;
import io.capokr.store.ObjectiveStore;
import io.capokr.store.ProgressSnapStore;

/**
 * What a project's weekly meeting reads from our tables, one statement per kind of row whatever the number of key
 * results, each reached by joining on the key result and its objective rather than by a list of key-result ids: objectives, key results, their links' tallies (only while the week is under way, for live progress),
 * progress history, check-ins up to the week's end, the newest links made and issues done in the week (with how many
 * there are in all), and the meeting's items. Checks no permission: {@link WeeklyService} has.
 */
public class WeekRecords {

    /**
     * Links made, and issues done, that a meeting lists at most, the newest: a meeting reads a page, not the 50,000
     * links an import may make in a day; the rest are counted.
     */
    static final int LISTED_AT_MOST = 50;

    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final InitiativeStore initiatives;
    private final ProgressSnapStore snaps;
    private final CheckInStore checkIns;
    private final MeetingItemStore meetingItems;

    public WeekRecords(ObjectiveStore objectives, KeyResultStore keyResults, InitiativeStore initiatives,
                       ProgressSnapStore snaps, CheckInStore checkIns, MeetingItemStore meetingItems) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.snaps = snaps;
        this.checkIns = checkIns;
        this.meetingItems = meetingItems;
    }

    /** The rows of one project's meeting in one cycle and week; {@code live}: also the links' tallies. */
    Rows read(long cycleId, long projectId, IsoWeek week, Instant weekStart, Instant weekEnd, boolean live) {
        List<Objective> inScope = objectives.inScope(cycleId, projectId);
        List<KeyResult> krs = keyResults.forObjectives(inScope.stream().map(Objective::id).toList());
        List<Long> ids = krs.stream().map(KeyResult::id).toList();
        return new Rows(inScope, krs,
                live ? initiatives.talliesOfObjectives(cycleId, projectId, ids) : Map.of(),
                snaps.forProjectInCycle(cycleId, projectId),
                checkIns.ofProjectBefore(cycleId, projectId, weekEnd),
                initiatives.linkedBetween(cycleId, projectId, weekStart, weekEnd, LISTED_AT_MOST),
                initiatives.doneBetween(cycleId, projectId, weekStart, weekEnd, LISTED_AT_MOST),
                meetingItems.listedIn(cycleId, projectId, week, weekStart));
    }

    /** The rows read; {@code tallies} is empty unless live progress was asked for. */
    record Rows(List<Objective> objectives, List<KeyResult> keyResults, Map<Long, InitiativeStore.Tallies> tallies,
                Map<Long, List<ProgressPoint>> history, List<CheckIn> checkIns, InitiativeStore.Latest linksAdded,
                InitiativeStore.Latest issuesDone, List<MeetingItem> meetingItems) {
    }
}
