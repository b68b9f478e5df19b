package io.capokr.sandbox;

import static io.capokr.okr.Confidence.AT_RISK;
import static io.capokr.okr.Confidence.OFF_TRACK;
import static io.capokr.okr.Confidence.ON_TRACK;
import static io.capokr.sandbox.SampleData.metric;
import static io.capokr.sandbox.SampleData.milestone;
import static io.capokr.sandbox.SampleData.week;
import static io.capokr.sandbox.host.SampleTracker.ADMIN;
import static io.capokr.sandbox.host.SampleTracker.LEAD;
import static io.capokr.sandbox.host.SampleTracker.MARKETING;
import static io.capokr.sandbox.host.SampleTracker.MEMBER;
import static io.capokr.sandbox.host.SampleTracker.SALES;

import java.util.List;
import java.util.Map;

import io.capokr.sandbox.SampleData.Obj;

/**
 * The quarter before the current one, the company's first OKR cycle, told to its end so the synthesis has
 * something to show: key results checked in every other week, a mid-cycle review that lowered a target, grades
 * (one set below its suggestion, with the reason), end-of-cycle reviews with their learnings, and a close that
 * carried the unfinished offer page over to the current quarter and dropped the rest.
 */
final class PreviousQuarter {

    static final String KNOW_GROWTH = "Know where our growth comes from";
    static final String MEASURABLE = "Make our marketing measurable";
    static final String LAUNCH = "Launch the new offer";
    static final String OFFER_PAGE = "Managed-services offer page live on the website";
    static final String LEADS = "Bring in 200 marketing-qualified leads";
    static final String PIPELINE = "Structure the sales pipeline";

    /** The mid-cycle review's adjustment: the leads target lowered when the trade fair was cancelled, and reworded. */
    static final double LEADS_TARGET_AFTER_REVIEW = 150;
    static final String LEADS_AFTER_REVIEW = "Bring in 150 marketing-qualified leads";

    /** Grades set differently from the one progress suggests, with why; the others take the suggestion. */
    static final Map<String, Grading> GRADES_WITH_REASON = Map.of(
            OFFER_PAGE, new Grading(0.3, "Copy and design were done; only the launch itself slipped into next quarter."));

    /** Unfinished key results carried over to the current quarter at close; the other unfinished ones are dropped. */
    static final List<String> CARRIED = List.of(OFFER_PAGE);

    record Grading(double grade, String reason) {
    }

    /** A project's reviews of the quarter: mid-cycle (what works, what to change) and end of cycle (with learnings). */
    record Reviews(String projectKey, String author, String midWorked, String midChange, String endWorked,
                   String endChange, String learnings) {
    }

    private PreviousQuarter() {
    }

    static List<Reviews> reviews() {
        return List.of(
                new Reviews(MARKETING, LEAD,
                        "The CRM connection gives us lead numbers both teams trust. Weekly check-ins take ten minutes.",
                        "The regional trade fair is cancelled: stop counting on its 50 leads and lower the target to 150.",
                        "Marketing is measurable now: every lead has a source, and sales sees the same numbers.",
                        "The offer page waited three weeks for design. Book design time when the quarter starts.",
                        "Measure first, then set targets: our first targets were guesses. One owner per key result,"
                                + " not per objective."),
                new Reviews(SALES, ADMIN,
                        "Opportunities are all in the CRM; the Monday pipeline review works.",
                        "Leads arriving on Fridays wait until Monday. Share the Friday inbox between two people.",
                        "Every opportunity is tracked and answered faster than ever.",
                        "The 24-hour rule needs a Friday rota from day one.",
                        "A key result about speed needs a rota, not goodwill. Carry the pipeline habits into conversion."));
    }

    static List<Obj> objectives() {
        return List.of(
                new Obj(null, ADMIN, ADMIN, KNOW_GROWTH,
                        "Before we plan growth, we want to know where it comes from: which clients, which offers.",
                        "COMMITTED", null, List.of(
                        milestone("Monthly revenue report by client segment", ADMIN, 3,
                                week(null, ON_TRACK, "Segments agreed with finance."),
                                week(null, ON_TRACK, "Data extracted from invoicing."),
                                week(null, ON_TRACK, "First report shared at the leadership meeting."),
                                week(null, ON_TRACK, "Second month's report, now automatic."),
                                week(null, ON_TRACK, "Used to plan next quarter."),
                                week(null, ON_TRACK, "Done.")),
                        metric("Grow monthly recurring revenue from 165 k$ to 180 k$", ADMIN, 165, 180, "k$", null,
                                week(167, ON_TRACK, "Two small contracts started."),
                                week(170, ON_TRACK, "On pace."),
                                week(172, AT_RISK, "Summer is slow; one client paused its project."),
                                week(175, ON_TRACK, "September restarts strongly."),
                                week(178, ON_TRACK, "The clinic group signed."),
                                week(180, ON_TRACK, "Target reached in the last week.")))),
                new Obj(MARKETING, LEAD, LEAD, MEASURABLE,
                        "Know how many leads marketing brings, where they come from and what they cost.",
                        "COMMITTED", KNOW_GROWTH, List.of(
                        milestone("Marketing automation connected to the CRM", LEAD, 2,
                                week(null, ON_TRACK, "Connector chosen."),
                                week(null, ON_TRACK, "Connected; leads flow into the CRM."),
                                week(null, ON_TRACK, "Fields cleaned up with sales."),
                                week(null, ON_TRACK, "Lead source reports live."),
                                week(null, ON_TRACK, "Stable."),
                                week(null, ON_TRACK, "Done.")),
                        metric(LEADS, LEAD, 0, 200, "leads", null,
                                week(18, ON_TRACK, "First leads from the new forms."),
                                week(41, AT_RISK, "The regional trade fair is cancelled: 50 planned leads are gone."),
                                week(63, AT_RISK, "Without the fair we cannot reach 200; on the mid-cycle review's agenda."),
                                week(88, ON_TRACK, "Target lowered to 150 at the mid-cycle review; the e-book brings steady leads."),
                                week(112, ON_TRACK, "Good September."),
                                week(131, ON_TRACK, "131 of 150: close, not quite.")))),
                new Obj(MARKETING, LEAD, LEAD, LAUNCH,
                        "Bring our managed-services offer for small clinics and law firms to market: a page, pricing,"
                                + " a launch kit for sales and a first wave of demos.",
                        "COMMITTED", KNOW_GROWTH, List.of(
                        metric("Interview 15 clinics and law firms about their IT", LEAD, 0, 15, "interviews", null,
                                week(3, ON_TRACK, "Three interviews, all eager to talk."),
                                week(6, ON_TRACK, "Law firms care about confidentiality first."),
                                week(9, ON_TRACK, "Clinics want a fixed monthly price."),
                                week(11, ON_TRACK, "Findings shared with sales."),
                                week(14, ON_TRACK, "Almost there."),
                                week(15, ON_TRACK, "Done: fifteen interviews written up.")),
                        milestone(OFFER_PAGE, MEMBER, 0,
                                week(null, ON_TRACK, "Waiting for the interviews' findings."),
                                week(null, ON_TRACK, "Copy drafted from the interviews."),
                                week(null, AT_RISK, "Design booked only for September."),
                                week(null, AT_RISK, "Design started late."),
                                week(null, OFF_TRACK, "The page will not be live this quarter."),
                                week(null, OFF_TRACK, "Copy and design done; launch moves to next quarter.")))),
                new Obj(SALES, ADMIN, ADMIN, PIPELINE,
                        "One pipeline everyone reads: every opportunity in the CRM, every lead answered fast.",
                        "COMMITTED", KNOW_GROWTH, List.of(
                        milestone("Every opportunity tracked in the CRM", ADMIN, 4,
                                week(null, ON_TRACK, "Stages agreed."),
                                week(null, ON_TRACK, "Old spreadsheets imported."),
                                week(null, ON_TRACK, "The whole team trained."),
                                week(null, ON_TRACK, "Last spreadsheet retired."),
                                week(null, ON_TRACK, "Monday review runs from the CRM."),
                                week(null, ON_TRACK, "Done.")),
                        metric("Answer inbound leads within 24 hours, from 60 % to 95 %", MEMBER, 60, 95, "%", null,
                                week(64, ON_TRACK, "Rule announced to the team."),
                                week(71, ON_TRACK, "Alerts on new leads set up."),
                                week(76, AT_RISK, "Friday leads wait until Monday."),
                                week(83, ON_TRACK, "Friday rota in place."),
                                week(87, ON_TRACK, "Holidays over; back to full team."),
                                week(90, ON_TRACK, "90 %: the rota works.")))));
    }
}
