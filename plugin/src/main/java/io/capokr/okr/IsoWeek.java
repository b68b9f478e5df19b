package io.capokr.okr;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, "2027-W05": Monday to Sunday, week 1 being the one with the year's first Thursday, so a week
 * never straddles two week-years and the text sorts as time does. The weekly meeting is held per week.
 */
public record IsoWeek(int weekYear, int week) implements Comparable<IsoWeek> {

    public static final String FIELD = "week";
    /** Four-digit week-years only: the meeting table keeps the id as sortable text of 8 characters. */
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (weekYear < 1000 || weekYear > 9999 || week < 1 || week > weeksIn(weekYear)) {
            throw new IllegalArgumentException("No ISO week " + weekYear + "-W" + week);
        }
    }

    /** The week the day falls in (which may belong to the previous or next week-year around New Year). */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "2027-W05" exactly (upper-case W, two-digit week); empty for anything else, week 53 of a 52-week year included. */
    public static Optional<IsoWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        return year >= 1000 && week >= 1 && week <= weeksIn(year) ? Optional.of(new IsoWeek(year, week)) : Optional.empty();
    }

    /** 52 or 53: a week-year has 53 weeks when its 28 December falls in week 53. */
    static int weeksIn(int weekYear) {
        return LocalDate.of(weekYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Its Monday. */
    public LocalDate start() {
        // 4 January is always in week 1.
        return LocalDate.of(weekYear, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
    }

    /** Its Sunday. */
    public LocalDate end() {
        return start().plusDays(6);
    }

    public IsoWeek previous() {
        return of(start().minusDays(1));
    }

    public IsoWeek next() {
        return of(end().plusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** Whether the week shares at least one day with the cycle. */
    public boolean overlaps(Cycle cycle) {
        return !start().isAfter(cycle.endDate()) && !cycle.startDate().isAfter(end());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return weekYear != other.weekYear ? Integer.compare(weekYear, other.weekYear) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", weekYear, week);
    }
}
