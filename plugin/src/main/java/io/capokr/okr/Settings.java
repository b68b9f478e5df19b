package io.capokr.okr;

import java.time.DayOfWeek;

/**
 * The site's Cap settings, which a Jira administrator sets once for everyone.
 *
 * @param storyPointsFieldId the custom field story points are read from; null for the default, Jira Software's
 *                           field ({@link NumberField#storyPointsDefault})
 * @param defaultCycleLength the length in days of a cycle created without an end date
 * @param weekStartsOn       the day the weekly meeting's week begins on
 */
public record Settings(String storyPointsFieldId, int defaultCycleLength, DayOfWeek weekStartsOn) {

    public static final String STORY_POINTS_FIELD = "storyPointsField";
    public static final String DEFAULT_CYCLE_LENGTH = "defaultCycleLength";
    public static final String WEEK_STARTS_ON = "weekStartsOn";
    /** A week: shorter is not a cycle of the method, whose rhythm is weekly. */
    public static final int MIN_CYCLE_LENGTH = 7;
    public static final Settings DEFAULTS = new Settings(null, CycleRules.DEFAULT_LENGTH_DAYS, DayOfWeek.MONDAY);
}
