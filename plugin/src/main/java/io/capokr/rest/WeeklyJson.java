package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.CheckIn;
import io.capokr.okr.IsoWeek;
import io.capokr.service.Weekly;

/**
 * A project's weekly meeting as REST clients see it. Progress values are in [0, 1]; dates and instants ISO-8601.
 * {@code keyResults} carries every key result of the project in the cycle with its delta over the week
 * ({@code progressBefore} null and trend NEW for one with no history before the week), health, latest check-in and
 * whether it is a still-open blocker: the page picks "off track / at risk" and "no check-in for 7+ days" from it.
 * Issues the reader cannot see are only counted ({@code restrictedLinksAdded}); so are the links made and issues done
 * beyond the newest 50 the meeting lists ({@code moreLinksAdded}, {@code moreIssuesDone}).
 */
public record WeeklyJson(
        @JsonProperty("project") ProjectOkrsJson.Project project,
        @JsonProperty("cycle") Cycle cycle,
        @JsonProperty("week") Week week,
        @JsonProperty("expectedProgress") double expectedProgress,
        @JsonProperty("canRecord") boolean canRecord,
        @JsonProperty("blockers") List<Blocker> blockers,
        @JsonProperty("keyResults") List<KeyResultRow> keyResults,
        @JsonProperty("checkIns") List<CheckInRow> checkIns,
        @JsonProperty("linksAdded") List<Link> linksAdded,
        @JsonProperty("restrictedLinksAdded") int restrictedLinksAdded,
        @JsonProperty("moreLinksAdded") int moreLinksAdded,
        @JsonProperty("issuesDone") List<Done> issuesDone,
        @JsonProperty("restrictedIssuesDone") int restrictedIssuesDone,
        @JsonProperty("moreIssuesDone") int moreIssuesDone,
        @JsonProperty("meetingItems") List<MeetingItemJson> meetingItems) {

    public record Cycle(@JsonProperty("id") long id, @JsonProperty("name") String name, @JsonProperty("state") String state,
                        @JsonProperty("startDate") String startDate, @JsonProperty("endDate") String endDate) {
    }

    /** {@code asOf}: the day "now" stands for, the week's Sunday once it is over, today while it is under way. */
    public record Week(@JsonProperty("id") String id, @JsonProperty("startDate") String startDate,
                       @JsonProperty("endDate") String endDate, @JsonProperty("previous") String previous,
                       @JsonProperty("next") String next, @JsonProperty("current") boolean current,
                       @JsonProperty("asOf") String asOf) {
    }

    public record KeyResultRow(
            @JsonProperty("id") long id,
            @JsonProperty("title") String title,
            @JsonProperty("objectiveId") long objectiveId,
            @JsonProperty("objectiveTitle") String objectiveTitle,
            @JsonProperty("owner") PersonJson owner,
            @JsonProperty("progressBefore") Double progressBefore,
            @JsonProperty("progress") double progress,
            @JsonProperty("delta") Double delta,
            @JsonProperty("trend") String trend,
            @JsonProperty("health") String health,
            @JsonProperty("confidence") String confidence,
            @JsonProperty("lastCheckInAt") String lastCheckInAt,
            @JsonProperty("daysSinceCheckIn") Long daysSinceCheckIn,
            @JsonProperty("noRecentCheckIn") boolean noRecentCheckIn,
            @JsonProperty("openBlocker") boolean openBlocker) {
    }

    public record CheckInRow(
            @JsonProperty("id") long id,
            @JsonProperty("keyResultId") long keyResultId,
            @JsonProperty("author") PersonJson author,
            @JsonProperty("at") String at,
            @JsonProperty("confidence") String confidence,
            @JsonProperty("progress") double progress,
            @JsonProperty("value") Double value,
            @JsonProperty("note") String note,
            @JsonProperty("blocker") boolean blocker) {

        static CheckInRow of(CheckIn c, PersonJson author) {
            return new CheckInRow(c.id(), c.keyResultId(), author, c.at().toString(), c.confidence().name(), c.progress(),
                    c.value(), c.note(), c.blocker());
        }
    }

    /** A blocker check-in; {@code open} while it is still its key result's latest check-in. */
    public record Blocker(@JsonProperty("open") boolean open, @JsonProperty("checkIn") CheckInRow checkIn) {
    }

    /** A linked issue that moved into Done during the week. */
    public record Done(
            @JsonProperty("keyResultId") long keyResultId,
            @JsonProperty("issueKey") String issueKey,
            @JsonProperty("summary") String summary) {
    }

    public record Link(
            @JsonProperty("keyResultId") long keyResultId,
            @JsonProperty("issueKey") String issueKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("statusCategory") String statusCategory,
            @JsonProperty("contributes") boolean contributes,
            @JsonProperty("linkedBy") PersonJson linkedBy,
            @JsonProperty("linkedAt") String linkedAt) {
    }

    static WeeklyJson of(Weekly w) {
        return new WeeklyJson(
                new ProjectOkrsJson.Project(w.project().id(), w.project().key(), w.project().name()),
                new Cycle(w.cycle().id(), w.cycle().name(), w.cycle().state().name(), w.cycle().startDate().toString(),
                        w.cycle().endDate().toString()),
                new Week(w.week().toString(), w.week().start().toString(), w.week().end().toString(), text(w.previous()),
                        text(w.next()), w.current(), w.asOf().toString()),
                w.expectedProgress(), w.canRecord(),
                w.blockers().stream().map(b -> new Blocker(b.open(), CheckInRow.of(b.checkIn(), PersonJson.of(b.author())))).toList(),
                w.keyResults().stream().map(k -> new KeyResultRow(k.keyResult().id(), k.keyResult().title(), k.objective().id(),
                        k.objective().title(), PersonJson.of(k.owner()), k.delta().before(), k.delta().after(), k.delta().change(),
                        k.delta().trend().name(), k.health().name(),
                        k.confidence() == null ? null : k.confidence().name(),
                        k.lastCheckInAt() == null ? null : k.lastCheckInAt().toString(), k.daysSinceCheckIn(),
                        k.noRecentCheckIn(), k.openBlocker())).toList(),
                w.checkIns().stream().map(c -> CheckInRow.of(c.checkIn(), PersonJson.of(c.author()))).toList(),
                w.linksAdded().stream().map(l -> new Link(l.keyResultId(), l.issue().key(), l.issue().summary(),
                        l.issue().statusCategory().name(), l.contributes(), PersonJson.of(l.linkedBy()),
                        l.linkedAt().toString())).toList(),
                w.restrictedLinksAdded(),
                w.moreLinksAdded(),
                w.issuesDone().stream().map(d -> new Done(d.keyResultId(), d.issue().key(), d.issue().summary())).toList(),
                w.restrictedIssuesDone(),
                w.moreIssuesDone(),
                w.meetingItems().stream().map(MeetingItemJson::of).toList());
    }

    private static String text(IsoWeek week) {
        return week == null ? null : week.toString();
    }
}
