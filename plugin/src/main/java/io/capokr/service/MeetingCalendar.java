package io.capokr.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import io.capokr.host.Clock;
import io.capokr.okr.IsoWeek;

/**
 * Time as the weekly meeting counts it: the host's clock, and weeks that begin on the day the administrator chose
 * (Monday unless changed). Week names are ISO's either way ({@link IsoWeek}).
 */
public class MeetingCalendar {

    private final Clock clock;
    private final SiteSettings settings;

    public MeetingCalendar(Clock clock, SiteSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public Instant now() {
        return clock.now();
    }

    public LocalDate today() {
        return clock.today();
    }

    public ZoneId zone() {
        return clock.zone();
    }

    /** The meeting week the day falls in. */
    public IsoWeek weekOf(LocalDate day) {
        return IsoWeek.of(day, settings.weekStartsOn());
    }

    /** The meeting week of this name ("2027-W05"); empty when the text names no week. */
    public Optional<IsoWeek> week(String text) {
        return IsoWeek.parse(text).map(week -> week.startingOn(settings.weekStartsOn()));
    }
}
