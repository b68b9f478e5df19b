package io.capokr.okr;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, "2027-W05": Monday to Sunday, week 1 being the one with the year's first Thursday, so a week
 * never straddles two week-years and the text sorts as time does. The weekly meeting is held per week.
 * <p>
 * A site whose meeting week begins on another day ({@code firstDay}, an administrator's setting) keeps the same
 * names: the week named "2027-W05" is the seven days from the {@code firstDay} that falls in ISO week 5. Each ISO week
 * holds exactly one such day, so names and meeting weeks still match one to one, and items recorded under a name
 * stay in "their" week when the setting changes.
 */
public record IsoWeek(int weekYear, int week, DayOfWeek firstDay) implements Comparable<IsoWeek> {

    public static final String FIELD = "week";
    /** Four-digit week-years only: the meeting table keeps the id as sortable text of 8 characters. */
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (weekYear < 1000 || weekYear > 9999 || week < 1 || week > weeksIn(weekYear)) {
            throw new IllegalArgumentException("No ISO week " + weekYear + "-W" + week);
        }
        Objects.requireNonNull(firstDay, "firstDay");
    }

    /** The ISO week itself, Monday to Sunday. */
    public IsoWeek(int weekYear, int week) {
        this(weekYear, week, DayOfWeek.MONDAY);
    }

    /** The week the day falls in (which may belong to the previous or next week-year around New Year). */
    public static IsoWeek of(LocalDate day) {
        return of(day, DayOfWeek.MONDAY);
    }

    /** The meeting week, beginning on {@code firstDay}, that the day falls in. */
    public static IsoWeek of(LocalDate day, DayOfWeek firstDay) {
        LocalDate start = day.with(TemporalAdjusters.previousOrSame(firstDay));
        return new IsoWeek(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), firstDay);
    }

    /** The same name, its days beginning on {@code day}. */
    public IsoWeek startingOn(DayOfWeek day) {
        return new IsoWeek(weekYear, week, day);
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

    /** Its first day: the Monday of the ISO week, or the {@code firstDay} in it. */
    public LocalDate start() {
        // 4 January is always in week 1.
        LocalDate monday = LocalDate.of(weekYear, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(week - 1L);
        return monday.plusDays(firstDay.getValue() - 1L);
    }

    /** Its last day, six days after the first. */
    public LocalDate end() {
        return start().plusDays(6);
    }

    public IsoWeek previous() {
        return of(start().minusDays(1), firstDay);
    }

    public IsoWeek next() {
        return of(end().plusDays(1), firstDay);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** Whether the week shares at least one day with the cycle. */
    public boolean overlaps(Cycle cycle) {
        return !start().isAfter(cycle.endDate()) && !cycle.startDate().isAfter(end());
    }

    /** By name: weeks of the same name are the same meeting whatever day they begin on. */
    @Override
    public int compareTo(IsoWeek other) {
        return weekYear != other.weekYear ? Integer.compare(weekYear, other.weekYear) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", weekYear, week);
    }
}
