package io.capokr.sandbox;

import static io.capokr.okr.Confidence.AT_RISK;
import static io.capokr.okr.Confidence.OFF_TRACK;
import static io.capokr.okr.Confidence.ON_TRACK;
import static io.capokr.sandbox.host.SampleTracker.ADMIN;
import static io.capokr.sandbox.host.SampleTracker.LEAD;
import static io.capokr.sandbox.host.SampleTracker.MARKETING;
import static io.capokr.sandbox.host.SampleTracker.MEMBER;
import static io.capokr.sandbox.host.SampleTracker.SALES;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.capokr.okr.CheckInDraft;
import io.capokr.okr.Confidence;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.PageRequest;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SandboxClock;
import io.capokr.aokit.wiring.PluginBeans;
import io.capokr.okr.AdjustmentDraft;
import io.capokr.okr.GradeDraft;
import io.capokr.okr.Grade;
import io.capokr.okr.IsoWeek;
import io.capokr.okr.MeetingItem;
import io.capokr.okr.MeetingItemDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.PlanDraft;
import io.capokr.okr.ReviewDraft;
import io.capokr.service.AdjustmentService;
import io.capokr.service.CarryOverService;
import io.capokr.service.CarryRequest;
import io.capokr.service.CarryResult;
import io.capokr.service.CheckInService;
import io.capokr.service.CycleService;
import io.capokr.service.GradeService;
import io.capokr.service.InitiativeService;
import io.capokr.service.KeyResultService;
import io.capokr.service.MeetingItemService;
import io.capokr.service.ObjectiveCommand;
import io.capokr.service.ObjectiveService;
import io.capokr.service.PlanService;
import io.capokr.service.ReviewService;

/**
 * Gives a new sandbox a demo worth showing: the case of the seed page, an IT services company of about 40
 * people that wants its marketing and sales efforts to pull in one direction.
 *
 * <ul>
 *   <li>Cycles: the previous quarter (CLOSED), this one (ACTIVE) and the next, named like "2027 Q1", and "2027 Q1"
 *       itself (the seed's first cycle) when it is none of them (PLANNING): calendar quarters, so none overlaps
 *       another, and each name once.</li>
 *   <li>The previous quarter, the company's first cycle, told to its end ({@link PreviousQuarter}): a plan,
 *       check-ins every other week, a mid-cycle review that lowered a target, grades (one with its reason),
 *       end-of-cycle reviews with learnings, and a close that carried the unfinished offer page over to this
 *       quarter and dropped the rest.</li>
 *   <li>In the current quarter, the whole story: each project's preparation plan; two company objectives;
 *       Marketing's and Sales' two objectives each, aligned to them; key results of every measure kind with owners
 *       among the sample users; sample issues linked as initiatives (the restricted MKT-6 and SALES-6 among them);
 *       six weekly check-ins per key result, the last three days ago, with notes, a few at risk or off track and
 *       some flagged as blockers; and the Marketing weekly meeting's decisions and actions.</li>
 *   <li>In "2027 Q1", when it is not the current or previous quarter, the same objectives and key results as
 *       planned, and Marketing's plan: no initiatives, no check-ins.</li>
 * </ul>
 *
 * Everything goes through the plugin's own services, each action as the sample user who would do it, so it
 * passes the same checks as anyone's. The check-ins are written with the {@link SandboxClock} set back to
 * their week (and the issues they report on moved as they were then, then back to how the tracker defines
 * them); the clock is on system time again when seeding ends, whatever happens. A database that already has
 * cycles is left as it is.
 */
final class SampleData {

    /** The seed's first cycle, "2027 Q1", which the sample always has. */
    static final LocalDate SEED_CYCLE_START = LocalDate.of(2027, 1, 1);
    /** Weekly check-ins per key result in the current cycle (fewer when the cycle is younger than that). */
    static final int WEEKS = 6;
    /** The latest check-in is this many days old, the others a week apart before it. */
    static final int LATEST_CHECK_IN_DAYS_AGO = 3;

    /** The plugin's services (from its own Spring XML) and the sandbox's parts the seeding acts through. */
    record Services(PluginBeans beans, SampleTracker tracker, RequestContext requests, SandboxClock clock) {

        CycleService cycles() {
            return beans.bean(CycleService.class);
        }

        ObjectiveService objectives() {
            return beans.bean(ObjectiveService.class);
        }

        KeyResultService keyResults() {
            return beans.bean(KeyResultService.class);
        }

        InitiativeService initiatives() {
            return beans.bean(InitiativeService.class);
        }

        CheckInService checkIns() {
            return beans.bean(CheckInService.class);
        }

        PlanService plans() {
            return beans.bean(PlanService.class);
        }

        MeetingItemService meetingItems() {
            return beans.bean(MeetingItemService.class);
        }

        ReviewService reviews() {
            return beans.bean(ReviewService.class);
        }

        AdjustmentService adjustments() {
            return beans.bean(AdjustmentService.class);
        }

        GradeService grades() {
            return beans.bean(GradeService.class);
        }

        CarryOverService carryOver() {
            return beans.bean(CarryOverService.class);
        }
    }

    /** One week's check-in: the metric's value (null for other measures), the confidence and the note. */
    record Week(Double value, Confidence confidence, String note) {
    }

    /**
     * A key result: who owns it, how it is measured, the issues linked to it (by its owner), the week its
     * milestone is reached (1-based, 0 for never) and its six weeks of check-ins, oldest first.
     */
    record Kr(String title, String owner, KeyResultDraft draft, List<String> issueKeys, int doneInWeek,
              List<Week> weeks) {
    }

    /** An objective, written by {@code author}; {@code parent} is the title of the company objective it aligns to. */
    record Obj(String projectKey, String author, String owner, String title, String description, String type,
               String parent, List<Kr> keyResults) {
    }

    private SampleData() {
    }

    static void seedIfEmpty(Services services) {
        try (RequestContext.Scope admin = services.requests().enter(ADMIN, RequestContext.DEFAULT_LOCALE)) {
            if (services.cycles().list(PageRequest.first(1)).total() > 0) {
                return;
            }
        }
        new Seeding(services).run();
    }

    static LocalDate quarterStart(LocalDate day) {
        int firstMonth = (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    static String quarterName(LocalDate start) {
        return start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** The quarters the sample has: the previous one, this one, the next, and the seed's, each once, oldest first. */
    static List<LocalDate> quarterStarts(LocalDate today) {
        LocalDate thisQuarter = quarterStart(today);
        return List.copyOf(new TreeSet<>(List.of(thisQuarter.minusMonths(3), thisQuarter, thisQuarter.plusMonths(3),
                SEED_CYCLE_START)));
    }

    /**
     * The days of the weekly check-ins in a cycle starting on {@code cycleStart}: up to {@link #WEEKS} of them,
     * the last {@link #LATEST_CHECK_IN_DAYS_AGO} days before {@code today}, none before the cycle started.
     */
    static List<LocalDate> checkInDays(LocalDate today, LocalDate cycleStart) {
        List<LocalDate> days = new ArrayList<>();
        for (int week = WEEKS - 1; week >= 0; week--) {
            LocalDate day = today.minusDays(LATEST_CHECK_IN_DAYS_AGO + 7L * week);
            if (!day.isBefore(cycleStart)) {
                days.add(day);
            }
        }
        return days;
    }

    /** One seeding run. */
    private static final class Seeding {

        private final Services services;
        private final ZoneId zone = ZoneId.systemDefault();
        /** The issues as the tracker defines them, whatever the seeding does to the live ones meanwhile. */
        private final SampleTracker defined = new SampleTracker();

        Seeding(Services services) {
            this.services = services;
        }

        void run() {
            SandboxClock clock = services.clock();
            Instant realNow = clock.now();
            LocalDate today = clock.today();
            LocalDate current = quarterStart(today);
            LocalDate previous = current.minusMonths(3);
            List<LocalDate> days = checkInDays(today, current);
            List<Instant> weekTimes = days.stream().map(day -> day.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant())
                    .toList();
            if (weekTimes.isEmpty()) {
                // A quarter a few days old: one check-in, an hour ago.
                weekTimes = List.of(realNow.minus(Duration.ofHours(1)));
            }
            Instant kickoff = kickoff(current, weekTimes.get(0));
            try {
                // The cycles were set up when the company began with OKRs, at the start of the previous quarter.
                clock.setTo(at(previous.plusDays(2), 9, 0));
                Map<LocalDate, Cycle> cycles = new HashMap<>();
                for (LocalDate start : quarterStarts(today)) {
                    cycles.put(start, as(ADMIN, () -> services.cycles().create(new CycleDraft(quarterName(start),
                            start.toString(), start.plusMonths(3).minusDays(1).toString())).cycle()));
                }
                long currentId = cycles.get(current).id();
                Map<String, Long> carried = previousQuarter(cycles.get(previous).id(), previous, currentId);

                clock.setTo(kickoff.minus(Duration.ofDays(1)));
                writePlan(currentId, MARKETING, LEAD, CURRENT_MARKETING_PLAN);
                writePlan(currentId, SALES, ADMIN, CURRENT_SALES_PLAN);
                clock.setTo(kickoff);
                List<Planted> planted = plant(currentId, objectives(), carried);
                // The quarter under way is running: started by the admin once its objectives were written.
                as(ADMIN, () -> services.cycles().start(currentId));
                clock.setTo(kickoff.plus(Duration.ofHours(2)));
                linkInitiatives(planted.stream().filter(kr -> !carried.containsKey(kr.plan().title())).toList(),
                        weekTimes.size());
                checkIn(planted, weekTimes, 0, weekTimes.size());
                weeklyMeetings(currentId, weekTimes);
                if (!current.equals(SEED_CYCLE_START) && !previous.equals(SEED_CYCLE_START)) {
                    // The seed's cycle, planned: written last week, when the leadership team drafted it.
                    clock.setTo(realNow.minus(Duration.ofDays(7)));
                    long seedId = cycles.get(SEED_CYCLE_START).id();
                    writePlan(seedId, MARKETING, LEAD, NEXT_MARKETING_PLAN);
                    plant(seedId, objectives(), Map.of());
                }
            } finally {
                clock.followSystem();
            }
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(hour, minute).atZone(zone).toInstant();
        }

        /**
         * The previous quarter, from kickoff to close: planned, started, checked in every other week, reviewed at
         * its midpoint (lowering a target), graded, reviewed at its end and closed, its unfinished offer page carried
         * over to {@code currentId} and the rest dropped. Answers the carried key results' copies by title.
         */
        private Map<String, Long> previousQuarter(long cycleId, LocalDate start, long currentId) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            writePlan(cycleId, MARKETING, LEAD, PREVIOUS_MARKETING_PLAN);
            List<Planted> planted = plant(cycleId, PreviousQuarter.objectives(), Map.of());
            services.clock().setTo(at(start.plusDays(4), 9, 0));
            as(ADMIN, () -> services.cycles().start(cycleId));
            List<Instant> weekTimes = new ArrayList<>();
            for (int week = 0; week < WEEKS; week++) {
                weekTimes.add(at(start.plusDays(12 + 14L * week), 9, 30));
            }
            Map<String, Long> ids = new HashMap<>();
            planted.forEach(kr -> ids.put(kr.plan().title(), kr.keyResult().id()));

            checkIn(planted, weekTimes, 0, 3);
            // The mid-cycle review, the day after the midpoint: what works, what to change, one target lowered.
            services.clock().setTo(at(start.plusDays(47), 10, 0));
            for (PreviousQuarter.Reviews review : PreviousQuarter.reviews()) {
                as(review.author(), () -> services.reviews().save(review.projectKey(), "MID_CYCLE", cycleId,
                        new ReviewDraft(review.midWorked(), review.midChange(), null), null));
            }
            long leads = ids.get(PreviousQuarter.LEADS);
            as(LEAD, () -> services.adjustments().adjust(MARKETING, "MID_CYCLE", leads,
                    new AdjustmentDraft(PreviousQuarter.LEADS_TARGET_AFTER_REVIEW, null),
                    services.keyResults().get(leads).version()));
            as(LEAD, () -> services.adjustments().adjust(MARKETING, "MID_CYCLE", leads,
                    new AdjustmentDraft(null, PreviousQuarter.LEADS_AFTER_REVIEW),
                    services.keyResults().get(leads).version()));
            checkIn(planted, weekTimes, 3, WEEKS);

            // Grades in the last days, each by whoever wrote the objective: the suggestion unless told otherwise.
            services.clock().setTo(at(end.minusDays(2), 15, 0));
            List<Long> unfinished = new ArrayList<>();
            for (Planted kr : planted) {
                as(kr.objectiveAuthor(), () -> {
                    KeyResult now = services.keyResults().get(kr.keyResult().id());
                    double progress = now.measure().progress(null);
                    if (progress < 1) {
                        unfinished.add(now.id());
                    }
                    PreviousQuarter.Grading chosen = PreviousQuarter.GRADES_WITH_REASON.get(now.title());
                    GradeDraft grade = chosen == null ? new GradeDraft(Grade.suggestedFor(progress).value(), null)
                            : new GradeDraft(chosen.grade(), chosen.reason());
                    return services.grades().grade(now.id(), grade, now.version());
                });
            }
            services.clock().setTo(at(end.minusDays(1), 16, 0));
            for (PreviousQuarter.Reviews review : PreviousQuarter.reviews()) {
                as(review.author(), () -> services.reviews().save(review.projectKey(), "END_OF_CYCLE", cycleId,
                        new ReviewDraft(review.endWorked(), review.endChange(), review.learnings()), null));
            }

            // Closed on its last day: the unfinished offer page goes on into this quarter, the rest is dropped.
            services.clock().setTo(at(end, 17, 0));
            List<CarryRequest.Carry> carry = new ArrayList<>();
            for (String title : PreviousQuarter.CARRIED) {
                carry.add(new CarryRequest.Carry(ids.get(title), currentId));
            }
            List<Long> drop = unfinished.stream().filter(id -> carry.stream().noneMatch(c -> c.keyResultId().equals(id)))
                    .toList();
            as(ADMIN, () -> services.cycles().close(cycleId, new CarryRequest(List.of(), drop)));
            CarryResult result = as(ADMIN, () -> services.carryOver().decide(cycleId, new CarryRequest(carry, List.of())));
            Map<String, Long> copies = new HashMap<>();
            for (CarryResult.Carried copy : result.carried()) {
                ids.forEach((title, id) -> {
                    if (id == copy.keyResultId()) {
                        copies.put(title, copy.copyId());
                    }
                });
            }
            return copies;
        }

        private void writePlan(long cycleId, String projectKey, String author, List<PlanDraft.Item> priorities) {
            as(author, () -> services.plans().save(projectKey, cycleId, null, new PlanDraft(priorities)));
        }

        /**
         * The weekly meetings' notes in the current quarter: an action from the week before last, done since; and
         * from the latest meeting a decision and an open action, which the next weeks show until it is done.
         */
        private void weeklyMeetings(long cycleId, List<Instant> weekTimes) {
            if (weekTimes.size() < 2) {
                return;
            }
            Instant earlier = weekTimes.get(weekTimes.size() - 2).plus(Duration.ofHours(1));
            Instant latest = weekTimes.get(weekTimes.size() - 1).plus(Duration.ofHours(1));
            services.clock().setTo(earlier);
            MeetingItem chase = as(LEAD, () -> services.meetingItems().create(MARKETING, cycleId, week(earlier),
                    new MeetingItemDraft("ACTION", "Ask the two silent clients again for their case-study approval", LEAD,
                            day(earlier).plusDays(3).toString())));
            services.clock().setTo(latest);
            as(LEAD, () -> services.meetingItems().update(chase.id(), new MeetingItemDraft(null, null, null, null), true,
                    chase.version()));
            as(LEAD, () -> services.meetingItems().create(MARKETING, cycleId, week(latest),
                    new MeetingItemDraft("DECISION", "Move the LinkedIn budget to the webinar series until January", null,
                            null)));
            as(LEAD, () -> services.meetingItems().create(MARKETING, cycleId, week(latest),
                    new MeetingItemDraft("ACTION", "Get the final pricing sheet from finance for the launch video",
                            MEMBER, day(latest).plusDays(4).toString())));
        }

        private LocalDate day(Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }

        private String week(Instant instant) {
            return IsoWeek.of(day(instant)).toString();
        }

        /** When the objectives were written: four days before the first check-in, not before the quarter began. */
        private Instant kickoff(LocalDate quarter, Instant firstCheckIn) {
            Instant planned = firstCheckIn.atZone(zone).toLocalDate().minusDays(4).atTime(9, 0).atZone(zone).toInstant();
            Instant quarterBegins = quarter.atTime(8, 0).atZone(zone).toInstant();
            Instant kickoff = planned.isBefore(quarterBegins) ? quarterBegins : planned;
            Instant latest = firstCheckIn.minus(Duration.ofHours(3));
            return kickoff.isAfter(latest) ? latest : kickoff;
        }

        /** A key result as created, with what it is to get. */
        private record Planted(KeyResult keyResult, Kr plan, String objectiveAuthor) {
        }

        /**
         * Creates a story's objectives and key results in a cycle, company objectives first, and answers them all.
         * A key result {@code carried} over from the previous quarter (by title, to its copy) is not created again:
         * the story goes on with the copy, whose objective gets the story's alignment and place.
         */
        private List<Planted> plant(long cycleId, List<Obj> story, Map<String, Long> carried) {
            List<Planted> planted = new ArrayList<>();
            Map<String, Long> companyIds = new HashMap<>();
            Map<String, List<Long>> projectOrder = new HashMap<>();
            for (Obj objective : story) {
                Long parentId = objective.parent() == null ? null : companyIds.get(objective.parent());
                Long carriedInto = objective.keyResults().stream().map(kr -> carried.get(kr.title()))
                        .filter(java.util.Objects::nonNull).findFirst()
                        .map(copy -> as(ADMIN, () -> services.keyResults().get(copy)).objectiveId()).orElse(null);
                long id;
                if (carriedInto == null) {
                    id = as(objective.author(), () -> services.objectives().create(new ObjectiveCommand(cycleId,
                            objective.projectKey(), parentId, objective.owner(),
                            new ObjectiveDraft(objective.title(), objective.description(), objective.type()), null))).id();
                } else {
                    id = carriedInto;
                    as(objective.author(), () -> {
                        Objective copy = services.objectives().get(carriedInto);
                        return services.objectives().update(carriedInto, new ObjectiveCommand(cycleId,
                                objective.projectKey(), parentId, objective.owner(),
                                new ObjectiveDraft(objective.title(), objective.description(), objective.type()),
                                copy.version()));
                    });
                }
                if (objective.projectKey() == null) {
                    companyIds.put(objective.title(), id);
                } else {
                    projectOrder.computeIfAbsent(objective.projectKey(), key -> new ArrayList<>()).add(id);
                }
                for (Kr kr : objective.keyResults()) {
                    Long copy = carried.get(kr.title());
                    KeyResult created = copy != null ? as(ADMIN, () -> services.keyResults().get(copy))
                            : as(objective.author(), () -> services.keyResults().create(id, kr.draft(), kr.owner()));
                    planted.add(new Planted(created, kr, objective.author()));
                }
            }
            if (!carried.isEmpty()) {
                // A carried objective was made first; put each project's objectives back in the story's order.
                projectOrder.forEach((projectKey, ids) -> as(ADMIN,
                        () -> services.objectives().reorder(cycleId, projectKey, ids)));
            }
            return planted;
        }

        /**
         * Links each key result's issues, as its owner. The issues that are done today are first put back in
         * progress, as they were when the quarter began; {@link #checkIn} moves them back week by week.
         */
        private void linkInitiatives(List<Planted> planted, int weeks) {
            for (Planted kr : planted) {
                List<String> keys = kr.plan().issueKeys();
                if (keys.isEmpty()) {
                    continue;
                }
                for (SampleTracker.Issue issue : doneIssues(keys)) {
                    services.tracker().transition(issue.key(),
                            services.tracker().firstStatusOf(SampleTracker.StatusCategory.INDETERMINATE).orElseThrow());
                }
                as(kr.plan().owner(), () -> services.initiatives().link(kr.keyResult().id(), keys, true));
            }
        }

        /** Week by week: issues done that week move to their status, milestones reached are marked, owners check in. */
        private void checkIn(List<Planted> planted, List<Instant> weekTimes, int fromWeek, int toWeek) {
            int weeks = weekTimes.size();
            // The script's last weeks, when the quarter is too young for all of them.
            int skipped = WEEKS - weeks;
            for (int week = fromWeek; week < toWeek; week++) {
                Instant at = weekTimes.get(week);
                services.clock().setTo(at.minus(Duration.ofHours(1)));
                for (Planted kr : planted) {
                    List<SampleTracker.Issue> done = doneIssues(kr.plan().issueKeys());
                    for (int i = 0; i < done.size(); i++) {
                        if (i * weeks / done.size() == week) {
                            services.tracker().transition(done.get(i).key(), done.get(i).status());
                        }
                    }
                    int doneInWeek = kr.plan().doneInWeek();
                    if (doneInWeek > 0 && Math.max(doneInWeek - 1 - skipped, 0) == week) {
                        markDone(kr);
                    }
                }
                for (int k = 0; k < planted.size(); k++) {
                    Planted kr = planted.get(k);
                    Week script = kr.plan().weeks().get(week + skipped);
                    services.clock().setTo(at.plus(Duration.ofMinutes(3L * k)));
                    as(kr.plan().owner(), () -> services.checkIns().record(kr.keyResult().id(),
                            new CheckInDraft(script.value(), script.confidence().name(), script.note(),
                                    script.note().contains(BLOCKER))));
                }
            }
        }

        private void markDone(Planted kr) {
            KeyResultDraft draft = kr.plan().draft();
            KeyResultDraft done = new KeyResultDraft(draft.title(), draft.measure(), null, null, null, null, null, true,
                    null, draft.weight());
            as(kr.objectiveAuthor(), () -> {
                KeyResult now = services.keyResults().get(kr.keyResult().id());
                return services.keyResults().update(now.id(), done, null, now.version());
            });
        }

        /** The issues among {@code keys} that the tracker defines as done, as they are defined. */
        private List<SampleTracker.Issue> doneIssues(List<String> keys) {
            return keys.stream().map(key -> defined.issue(key).orElseThrow())
                    .filter(issue -> issue.status().category() == SampleTracker.StatusCategory.DONE)
                    .toList();
        }

        private <T> T as(String user, Supplier<T> action) {
            try (RequestContext.Scope scope = services.requests().enter(user, RequestContext.DEFAULT_LOCALE)) {
                return action.get();
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the story

    /** A check-in whose note says this is flagged as a blocker, for the weekly meeting to unblock. */
    static final String BLOCKER = "Blocker:";

    /** The preparation: each project's business priorities for a quarter, and who owns each. */
    static final List<PlanDraft.Item> PREVIOUS_MARKETING_PLAN = List.of(
            new PlanDraft.Item("Know how many leads we bring and what they cost", LEAD),
            new PlanDraft.Item("Understand what clinics and law firms need from us", LEAD),
            new PlanDraft.Item("One shared pipeline with sales", MEMBER));
    static final List<PlanDraft.Item> CURRENT_MARKETING_PLAN = List.of(
            new PlanDraft.Item("Fill the sales pipeline with leads sales wants to call", LEAD),
            new PlanDraft.Item("Bring the managed-services offer to market", MEMBER),
            new PlanDraft.Item("Spend less per lead", MEMBER));
    static final List<PlanDraft.Item> CURRENT_SALES_PLAN = List.of(
            new PlanDraft.Item("Convert more of marketing's leads", MEMBER),
            new PlanDraft.Item("Keep the clients we have", ADMIN));
    static final List<PlanDraft.Item> NEXT_MARKETING_PLAN = List.of(
            new PlanDraft.Item("Turn the new offer's demos into signed clients", LEAD),
            new PlanDraft.Item("Publish the client case studies we could not finish", MEMBER),
            new PlanDraft.Item("Decide whether to keep LinkedIn ads", null));

    private static final String GROWTH = "Structure our growth";
    private static final String REFERENCE = "Become the reference partner in our region";

    static List<Obj> objectives() {
        return List.of(
                new Obj(null, ADMIN, ADMIN, GROWTH,
                        "Our growth has been organic and is slowing down. This quarter marketing and sales pull in one"
                                + " direction: business priorities set together, followed every week, and growth that does"
                                + " not cost us our margin.",
                        "COMMITTED", null, List.of(
                        metric("Grow monthly recurring revenue from 180 k$ to 210 k$", ADMIN, 180, 210, "k$", null,
                                week(183, ON_TRACK, "Two managed-services contracts started this week."),
                                week(186, ON_TRACK, "The clinic group renewed at a higher tier."),
                                week(188, ON_TRACK, "Quiet week, but the pipeline is healthy."),
                                week(191, ON_TRACK, "First deal from the LinkedIn campaign signed."),
                                week(192, AT_RISK, "Two projects slipped to next month and their revenue moves with them."),
                                week(196, ON_TRACK, "Back on pace after the regional hospital contract.")),
                        metric("Keep gross margin between 38 % and 45 %", ADMIN, 38, 45, "%", "MAINTAIN",
                                week(41.5, ON_TRACK, "Margin steady."),
                                week(40.2, ON_TRACK, "Subcontractor rates went up; still inside the band."),
                                week(39.1, AT_RISK, "Overtime on the ERP migration eats the margin."
                                        + " Blocker: we need a second senior engineer on it."),
                                week(38.6, AT_RISK, "Still close to the floor. Interviews for the senior engineer on Thursday."),
                                week(40.4, ON_TRACK, "Senior engineer hired; overtime back to normal."),
                                week(41.2, ON_TRACK, "Comfortably inside the band.")),
                        milestone("Marketing and sales share one pipeline report", ADMIN, 4,
                                week(null, ON_TRACK, "CRM fields agreed with both teams."),
                                week(null, ON_TRACK, "First draft of the report reviewed with Luc."),
                                week(null, AT_RISK, "Lead data from the marketing automation tool does not reach the CRM."
                                        + " Blocker: the connector needs an admin licence."),
                                week(null, ON_TRACK, "Licence bought, sync fixed, report live."),
                                week(null, ON_TRACK, "First Monday meeting run from the shared report."),
                                week(null, ON_TRACK, "Both teams now open the week with it.")))),
                new Obj(null, ADMIN, ADMIN, REFERENCE,
                        "When a business in the region thinks of managed IT services, it thinks of us first: clients"
                                + " recommend us and software vendors send us their customers.",
                        "ASPIRATIONAL", null, List.of(
                        metric("Raise our net promoter score from 32 to 50", ADMIN, 32, 50, "points", null,
                                week(34, ON_TRACK, "Survey sent to 120 client contacts; the first 40 answers are in."),
                                week(36, ON_TRACK, "Detractors mostly mention response times on support tickets."),
                                week(37, AT_RISK, "Response-time complaints persist."
                                        + " Blocker: nobody owns the support queue on Fridays."),
                                week(39, ON_TRACK, "Friday support rotation in place."),
                                week(41, ON_TRACK, "Two detractors became promoters after follow-up calls."),
                                week(42, ON_TRACK, "Survey closes next week; trend is good.")),
                        metric("Sign partnerships with regional software vendors", ADMIN, 1, 4, "partners", null,
                                week(1, ON_TRACK, "Talks under way with three vendors."),
                                week(1, ON_TRACK, "Meeting with the accounting software vendor on Thursday."),
                                week(2, ON_TRACK, "Partnership signed with the ERP reseller."),
                                week(2, AT_RISK, "The second vendor asks for exclusivity; waiting on legal advice."),
                                week(2, OFF_TRACK, "Exclusivity is a deal breaker and the third vendor has gone quiet."
                                        + " Blocker: we have no partner program to offer yet."),
                                week(2, AT_RISK, "Partner program draft started (SALES-19); talks resume next month.")))),
                new Obj(MARKETING, LEAD, LEAD, "Generate 300 qualified leads",
                        "Marketing-qualified leads that sales agrees to call: IT directors and operations managers of"
                                + " companies of 50 to 500 people in the region.",
                        "COMMITTED", GROWTH, List.of(
                        metric("Bring in 300 marketing-qualified leads", LEAD, 0, 300, "leads", null,
                                week(31, ON_TRACK, "Webinar registrations account for 18 of them."),
                                week(68, ON_TRACK, "E-book downloads are picking up."),
                                week(102, ON_TRACK, "LinkedIn campaign live since Wednesday."),
                                week(139, ON_TRACK, "Best week so far: 37 new leads."),
                                week(161, AT_RISK, "Only 22 this week: the campaign audience is saturating."),
                                week(184, ON_TRACK, "New audience segment added; back above 20 a week.")),
                        metric("Cut the cost per qualified lead from 180 $ to 120 $", MEMBER, 180, 120, "$", null,
                                week(176, ON_TRACK, "Baseline measured on the first campaigns."),
                                week(168, ON_TRACK, "The webinar brings leads at a third of the LinkedIn price."),
                                week(159, ON_TRACK, "Lead scoring filters out students and job seekers."),
                                week(151, ON_TRACK, "Paused the two weakest ad sets."),
                                week(149, AT_RISK, "LinkedIn prices went up 15 % with the holiday season."),
                                week(143, AT_RISK, "Still above plan. Moving budget from LinkedIn to the webinar series.")),
                        issues("Ship the lead-generation campaigns", LEAD, "COUNT",
                                List.of("MKT-1", "MKT-2", "MKT-3", "MKT-6", "MKT-7", "MKT-8", "MKT-9", "MKT-10", "MKT-11"),
                                week(null, ON_TRACK, "Landing page and e-book are live."),
                                week(null, ON_TRACK, "Lead scoring rules in place."),
                                week(null, ON_TRACK, "Webinar recorded; editing done."),
                                week(null, AT_RISK, "Case studies wait for client approval."
                                        + " Blocker: two clients have not answered in two weeks."),
                                week(null, AT_RISK, "Nurturing sequence in review; the SEO audit has not started."),
                                week(null, ON_TRACK, "One client approved its case study; we swapped the other for a new one.")))),
                new Obj(MARKETING, LEAD, LEAD, "Launch the new offer",
                        "Bring our managed-services offer for small clinics and law firms to market: a page, pricing,"
                                + " a launch kit for sales and a first wave of demos.",
                        "COMMITTED", REFERENCE, List.of(
                        milestone("Managed-services offer page live on the website", MEMBER, 3,
                                week(null, ON_TRACK, "Copy written, waiting for the design."),
                                week(null, ON_TRACK, "Design approved by Luc."),
                                week(null, ON_TRACK, "The page is live."),
                                week(null, ON_TRACK, "300 visits and four demo requests in its first week."),
                                week(null, ON_TRACK, "Adding a FAQ from the questions asked in demos."),
                                week(null, ON_TRACK, "Done; keeping an eye on the conversion rate.")),
                        issues("Deliver the launch kit", MEMBER, "STORY_POINTS",
                                List.of("MKT-4", "MKT-5", "MKT-12", "MKT-13", "MKT-14", "MKT-15", "MKT-16", "MKT-17"),
                                week(null, ON_TRACK, "Scope agreed: page, pricing sheet, video, sales brief, press release."),
                                week(null, ON_TRACK, "Brand guidelines refreshed first so that everything matches."),
                                week(null, ON_TRACK, "Meetup sponsorship dropped: its audience is students, not buyers."),
                                week(null, AT_RISK, "The video shoot moved twice."
                                        + " Blocker: the client we film is only free in two weeks."),
                                week(null, AT_RISK, "The pricing sheet waits for the final margin figures from finance."),
                                week(null, AT_RISK, "Video shot; editing this week."
                                        + " Blocker: the editor needs the final pricing sheet, still with finance.")),
                        metric("Book 40 demos of the new offer", LEAD, 0, 40, "demos", null,
                                week(0, ON_TRACK, "Nothing yet: the page is not live."),
                                week(0, ON_TRACK, "The page goes live next week."),
                                week(4, ON_TRACK, "Four requests in the first days."),
                                week(9, ON_TRACK, "Sales called every request within a day."),
                                week(12, AT_RISK, "Many requests come from outside our region."
                                        + " Blocker: the ads are not geo-targeted."),
                                week(17, ON_TRACK, "Geo-targeting fixed: five local requests this week.")))),
                new Obj(SALES, ADMIN, ADMIN, "Improve lead conversion",
                        "Turn more of the leads marketing qualifies into opportunities and signed proposals.",
                        "COMMITTED", GROWTH, List.of(
                        metric("Raise lead-to-opportunity conversion from 12 % to 20 %", MEMBER, 12, 20, "%", null,
                                week(12.5, ON_TRACK, "Baseline confirmed on last quarter's leads."),
                                week(13.8, ON_TRACK, "Qualification criteria agreed with marketing."),
                                week(15.1, ON_TRACK, "The 24-hour response rule is paying off."),
                                week(15.4, AT_RISK, "Many webinar leads are students."
                                        + " Blocker: the sign-up form asks nothing about the company."),
                                week(16.9, ON_TRACK, "Form fixed with marketing; lead quality is up."),
                                week(17.6, ON_TRACK, "Best month so far.")),
                        metric("Cut the days from first call to signed proposal from 45 to 30", ADMIN, 45, 30, "days", null,
                                week(44, ON_TRACK, "Proposal templates in progress."),
                                week(43, ON_TRACK, "Discovery calls now end with a date for the proposal."),
                                week(41, ON_TRACK, "Two proposals signed in under a month."),
                                week(40, AT_RISK, "Legal review of contracts takes a week."
                                        + " Blocker: one lawyer reviews every proposal."),
                                week(41, OFF_TRACK, "Two proposals stuck in legal review for 12 days."),
                                week(38, AT_RISK, "Standard contract approved; legal now reviews exceptions only.")),
                        issues("Roll out the sales playbook", ADMIN, "COUNT",
                                List.of("SALES-1", "SALES-2", "SALES-3", "SALES-4", "SALES-6", "SALES-7", "SALES-9", "SALES-10"),
                                week(null, ON_TRACK, "Playbook outline shared with the team."),
                                week(null, ON_TRACK, "Webinar leads qualified with the new criteria."),
                                week(null, ON_TRACK, "Whole team trained on the new CRM stages."),
                                week(null, AT_RISK, "The pricing calculator is harder than planned."
                                        + " Blocker: pricing rules for managed services are not written down."),
                                week(null, ON_TRACK, "Pricing rules written with finance; calculator back on track."),
                                week(null, ON_TRACK, "Proposal templates in review.")))),
                new Obj(SALES, ADMIN, ADMIN, "Stabilize customer recurrence",
                        "Keep the clients we have: renewals prepared early, and problems seen before they turn into"
                                + " cancellations.",
                        "ASPIRATIONAL", REFERENCE, List.of(
                        metric("Raise customer retention from 88 % to 95 %", ADMIN, 88, 95, "%", null,
                                week(88, ON_TRACK, "Baseline from last year's renewals."),
                                week(88.5, ON_TRACK, "Renewal calendar mapped for the year."),
                                week(89, ON_TRACK, "Satisfaction survey launched."),
                                week(89, AT_RISK, "One mid-size client is leaving for a national provider."),
                                week(90.5, ON_TRACK, "Two at-risk clients saved after account reviews."),
                                week(91, ON_TRACK, "No cancellation notice this week.")),
                        issues("Put the renewal program in place", ADMIN, "STORY_POINTS",
                                List.of("SALES-5", "SALES-12", "SALES-13", "SALES-14", "SALES-15", "SALES-16", "SALES-17",
                                        "SALES-18"),
                                week(null, ON_TRACK, "Program scoped with the account managers."),
                                week(null, ON_TRACK, "Renewal calendar done."),
                                week(null, AT_RISK, "Renegotiating the largest renewals takes longer than planned."),
                                week(null, AT_RISK, "Loyalty discount dropped: finance says the margin cannot take it."),
                                week(null, OFF_TRACK, "Business reviews with the top ten clients not started."
                                        + " Blocker: account managers are busy with year-end renewals."),
                                week(null, OFF_TRACK, "Still behind. We move two account managers' renewals to the"
                                        + " sales team for a month.")),
                        milestone("Business reviews held with the top ten clients", MEMBER, 0,
                                week(null, ON_TRACK, "List of the top ten clients agreed."),
                                week(null, ON_TRACK, "Review template drafted."),
                                week(null, ON_TRACK, "First three reviews booked."),
                                week(null, AT_RISK, "Two of the three reviews postponed by the clients."),
                                week(null, AT_RISK, "Only one review held so far."),
                                week(null, AT_RISK, "Four reviews booked before the end of the quarter; six still to book.")))));
    }

    static Week week(Number value, Confidence confidence, String note) {
        return new Week(value == null ? null : value.doubleValue(), confidence, note);
    }

    static Kr metric(String title, String owner, double start, double target, String unit, String direction,
                             Week... weeks) {
        return new Kr(title, owner, new KeyResultDraft(title, "METRIC", start, target, null, unit, direction, null, null,
                null), List.of(), 0, List.of(weeks));
    }

    static Kr milestone(String title, String owner, int doneInWeek, Week... weeks) {
        return new Kr(title, owner, new KeyResultDraft(title, "MILESTONE", null, null, null, null, null, false, null, null),
                List.of(), doneInWeek, List.of(weeks));
    }

    static Kr issues(String title, String owner, String weighting, List<String> issueKeys, Week... weeks) {
        return new Kr(title, owner, new KeyResultDraft(title, "ISSUES", null, null, null, null, null, null, weighting,
                null), issueKeys, 0, List.of(weeks));
    }
}
