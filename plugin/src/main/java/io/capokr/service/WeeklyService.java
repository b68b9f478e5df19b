package io.capokr.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.capokr.host.IssueDirectory;
import io.capokr.okr.CheckIn;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleRules;
import io.capokr.okr.CycleState;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.Health;
import io.capokr.okr.Initiative;
import io.capokr.okr.IsoWeek;
import io.capokr.okr.IssueFacts;
import io.capokr.okr.KeyResult;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.Objective;
import io.capokr.okr.Progress;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.okr.WeeklyRules;
import io.capokr.store.CycleStore;

/**
 * The weekly meeting's read model (issue 9, item 5): for a project, a cycle and an ISO week, what changed since the
 * previous week, which key results need the meeting's attention, the blockers, and the meeting's decisions and
 * actions. A fixed number of SQL statements whatever the number of key results ({@link WeekRecords}, plus cycles);
 * issues are named only when the reader may see them.
 */
public class WeeklyService {

    public static final String CYCLE_ID = "cycleId";

    private final CycleStore cycles;
    private final WeekRecords records;
    private final IssueDirectory issues;
    private final PeopleService people;
    private final MeetingNotes meetingNotes;
    private final Guard guard;
    private final MeetingCalendar calendar;

    public WeeklyService(CycleStore cycles, WeekRecords records, IssueDirectory issues, PeopleService people,
                         MeetingNotes meetingNotes, Guard guard, MeetingCalendar calendar) {
        this.cycles = cycles;
        this.records = records;
        this.issues = issues;
        this.people = people;
        this.meetingNotes = meetingNotes;
        this.guard = guard;
        this.calendar = calendar;
    }

    /**
     * {@code cycleId} null: the cycle the project page shows by default ({@link CycleRules#shownByDefault}).
     * {@code weekText} null or blank: the week of today, or the cycle's first or last week when today is outside it,
     * so a cycle in planning or a closed one opens on a week that belongs to it.
     */
    public Weekly forProject(String projectKey, Long cycleId, String weekText) {
        UserRef user = guard.user();
        ProjectRef project = guard.browsableProject(user, projectKey);
        LocalDate today = calendar.today();
        List<Cycle> allCycles = cycles.all();
        Cycle cycle = cycleId == null
                ? CycleRules.shownByDefault(allCycles, today).orElseThrow(() -> new NotFoundException("capokr.error.cycle.none"))
                : allCycles.stream().filter(c -> c.id() == cycleId).findFirst().orElseThrow(() -> ValidationException.of(
                        FieldProblem.of(CYCLE_ID, "capokr.error.cycle.notFound", String.valueOf(cycleId))));
        IsoWeek week = weekText == null || weekText.isBlank() ? calendar.weekOf(defaultDay(cycle, today)) : parseWeek(calendar, weekText);

        Instant weekStart = week.start().atStartOfDay(calendar.zone()).toInstant();
        Instant weekEnd = week.next().start().atStartOfDay(calendar.zone()).toInstant();
        boolean over = week.end().isBefore(today);
        LocalDate asOf = over ? week.end() : today;
        Instant asOfInstant = over ? weekEnd : calendar.now();
        WeekRecords.Rows rows = records.read(cycle.id(), project.id(), week, weekStart, weekEnd, !over);

        double expected = Progress.expected(cycle, asOf);
        boolean started = Progress.started(cycle, asOf);
        Map<Long, CheckIn> latest = new HashMap<>();
        rows.checkIns().forEach(checkIn -> latest.put(checkIn.keyResultId(), checkIn));
        List<CheckIn> ofTheWeek = rows.checkIns().stream().filter(c -> !c.at().isBefore(weekStart)).toList();
        Map<String, UserRef> names = people.byKeys(Stream.of(
                rows.keyResults().stream().map(KeyResult::ownerKey),
                ofTheWeek.stream().map(CheckIn::authorKey),
                latest.values().stream().map(CheckIn::authorKey),
                rows.linksAdded().newest().stream().map(Initiative::linkedBy),
                rows.meetingItems().stream().flatMap(item -> Stream.of(item.ownerKey(), item.createdBy())))
                .flatMap(s -> s).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new)));

        Map<Long, Objective> objectives = rows.objectives().stream()
                .collect(Collectors.toMap(Objective::id, o -> o, (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<KeyResult>> byObjective = rows.keyResults().stream().collect(Collectors.groupingBy(KeyResult::objectiveId));
        List<Weekly.KeyResultRow> krRows = new ArrayList<>();
        for (Objective objective : objectives.values()) {
            for (KeyResult keyResult : byObjective.getOrDefault(objective.id(), List.of())) {
                List<ProgressPoint> history = rows.history().getOrDefault(keyResult.id(), List.of());
                WeeklyRules.Delta delta = WeeklyRules.delta(history, week, asOf);
                if (!over) {
                    // While the week is under way, "now" is the live progress, as the Objectives view shows it.
                    delta = new WeeklyRules.Delta(delta.before(),
                            keyResult.measure().progress(rows.tallies().get(keyResult.id()).contributing()));
                }
                CheckIn last = latest.get(keyResult.id());
                Instant lastAt = lastCheckInBy(keyResult, last, asOfInstant);
                krRows.add(new Weekly.KeyResultRow(keyResult, objective, person(names, keyResult.ownerKey()), delta,
                        Health.of(delta.after(), expected, started),
                        last != null ? last.confidence() : over ? null : keyResult.confidence(), lastAt, WeeklyRules.daysSince(lastAt, asOfInstant),
                        WeeklyRules.noRecentCheckIn(lastAt, asOfInstant, started), last != null && last.blocker()));
            }
        }

        List<Weekly.CheckInRow> checkInRows = ofTheWeek.stream()
                .sorted(Comparator.comparing(CheckIn::at).reversed())
                .map(c -> new Weekly.CheckInRow(c, person(names, c.authorKey()))).toList();
        List<Weekly.BlockerRow> blockers = blockers(ofTheWeek, latest, names);

        // One visibility check for the links made and the issues done in the week: restricted ones are only counted.
        Map<Long, IssueFacts> visible = issues.visibleByIds(Stream.concat(rows.linksAdded().newest().stream(),
                        rows.issuesDone().newest().stream())
                .map(Initiative::issueId).distinct().toList(), user);
        List<Weekly.LinkRow> links = rows.linksAdded().newest().stream().filter(link -> visible.containsKey(link.issueId()))
                .map(link -> new Weekly.LinkRow(link.keyResultId(), visible.get(link.issueId()), link.contributes(),
                        link.linkedBy() == null ? null : person(names, link.linkedBy()), link.linkedAt()))
                .toList();

        List<Weekly.DoneRow> done = rows.issuesDone().newest().stream().filter(link -> visible.containsKey(link.issueId()))
                .map(link -> new Weekly.DoneRow(link.keyResultId(), visible.get(link.issueId()))).toList();

        List<Weekly.ItemRow> items = rows.meetingItems().stream().filter(item -> item.listedIn(week, weekStart))
                .map(item -> new Weekly.ItemRow(item, item.ownerKey() == null ? null : person(names, item.ownerKey()),
                        person(names, item.createdBy()), item.week().compareTo(week) < 0, item.overdue(today)))
                .toList();

        boolean canRecord = cycle.state() != CycleState.CLOSED && meetingNotes.mayRecord(user, project);
        return new Weekly(project, cycle, week, week.previous().overlaps(cycle) ? week.previous() : null,
                week.next().overlaps(cycle) ? week.next() : null, week.contains(today), asOf, expected, canRecord,
                krRows, checkInRows, blockers, links, rows.linksAdded().newest().size() - links.size(),
                rows.linksAdded().more(), done, rows.issuesDone().newest().size() - done.size(), rows.issuesDone().more(), items);
    }

    /** The week's blocker check-ins and every key result's still-open blocker, open ones first, newest first. */
    private static List<Weekly.BlockerRow> blockers(List<CheckIn> ofTheWeek, Map<Long, CheckIn> latest,
                                                    Map<String, UserRef> names) {
        Set<Long> openIds = latest.values().stream().filter(CheckIn::blocker).map(CheckIn::id).collect(Collectors.toSet());
        Map<Long, CheckIn> shown = new LinkedHashMap<>();
        latest.values().stream().filter(CheckIn::blocker).forEach(c -> shown.put(c.id(), c));
        ofTheWeek.stream().filter(CheckIn::blocker).forEach(c -> shown.putIfAbsent(c.id(), c));
        return shown.values().stream()
                .sorted(Comparator.comparing((CheckIn c) -> !openIds.contains(c.id())).thenComparing(CheckIn::at, Comparator.reverseOrder()))
                .map(c -> new Weekly.BlockerRow(c, person(names, c.authorKey()), openIds.contains(c.id())))
                .toList();
    }

    /**
     * The latest check-in by {@code asOf}: the CHECK_IN rows read, or LAST_CHECK_IN_AT when it is later and not
     * after {@code asOf} (it is what the Objectives view shows, and a key result's only trace of check-ins made
     * before check-ins were kept as rows).
     */
    private static Instant lastCheckInBy(KeyResult keyResult, CheckIn last, Instant asOf) {
        Instant fromRows = last == null ? null : last.at();
        Instant column = keyResult.lastCheckInAt();
        if (column != null && column.isBefore(asOf) && (fromRows == null || column.isAfter(fromRows))) {
            return column;
        }
        return fromRows;
    }

    private static UserRef person(Map<String, UserRef> names, String key) {
        return names.getOrDefault(key, new UserRef(key, key));
    }

    static IsoWeek parseWeek(MeetingCalendar calendar, String text) {
        return calendar.week(text).orElseThrow(() -> ValidationException.of(
                FieldProblem.of(IsoWeek.FIELD, "capokr.weekly.error.week", text.trim())));
    }

    /** A day of this week, kept within the cycle: its first day before it starts, its last once it is over. */
    static LocalDate defaultDay(Cycle cycle, LocalDate today) {
        if (today.isBefore(cycle.startDate())) {
            return cycle.startDate();
        }
        return today.isAfter(cycle.endDate()) ? cycle.endDate() : today;
    }
}
