package io.capokr.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.capokr.okr.CheckIn;
import io.capokr.okr.Confidence;
import io.capokr.okr.Cycle;
import io.capokr.okr.Health;
import io.capokr.okr.IsoWeek;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.okr.WeeklyRules;

/**
 * A project's weekly meeting for one cycle and ISO week, as {@link WeeklyService} reads it. {@code asOf} is the day
 * its "now" stands for: the week's Sunday for a week that is over, today while it is under way. {@code previous}
 * and {@code next} are null where the adjacent week no longer touches the cycle. Of the links made and issues done in
 * the week, the newest are listed: those the reader may not see among them are counted ({@code restricted...}), and
 * so are those beyond the list ({@code more...}).
 */
public record Weekly(ProjectRef project, Cycle cycle, IsoWeek week, IsoWeek previous, IsoWeek next, boolean current,
                     LocalDate asOf, double expectedProgress, boolean canRecord, List<KeyResultRow> keyResults,
                     List<CheckInRow> checkIns, List<BlockerRow> blockers, List<LinkRow> linksAdded,
                     int restrictedLinksAdded, int moreLinksAdded, List<DoneRow> issuesDone, int restrictedIssuesDone,
                     int moreIssuesDone, List<ItemRow> meetingItems) {

    /**
     * A key result's week: its progress then and now, its health by {@code asOf}, its latest check-in by then and
     * whether that is {@value WeeklyRules#STALE_AFTER_DAYS}+ days old, the confidence it gave (null: none by then), and whether that check-in reports a blocker.
     */
    public record KeyResultRow(KeyResult keyResult, Objective objective, UserRef owner, WeeklyRules.Delta delta,
                               Health health, Confidence confidence, Instant lastCheckInAt, Long daysSinceCheckIn, boolean noRecentCheckIn,
                               boolean openBlocker) {
    }

    public record CheckInRow(CheckIn checkIn, UserRef author) {
    }

    /** A check-in flagged as a blocker; {@code open} while it is still its key result's latest check-in. */
    public record BlockerRow(CheckIn checkIn, UserRef author, boolean open) {
    }

    /** An issue linked during the week, which the reader may see. */
    public record LinkRow(long keyResultId, IssueFacts issue, boolean contributes, UserRef linkedBy, Instant linkedAt) {
    }

    /** A linked issue seen moving into Done during the week, as the reader may see it. */
    public record DoneRow(long keyResultId, IssueFacts issue) {
    }

    /** A decision or action; {@code carriedOver}: an open action from an earlier week's meeting. */
    public record ItemRow(MeetingItem item, UserRef owner, UserRef createdBy, boolean carriedOver, boolean overdue) {
    }
}
