package io.capokr.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.capokr.host.AppSettings;
import io.capokr.okr.Settings;

/**
 * Reads and writes the site's settings and the last reconcile's result in the host's settings store, for the
 * services that need them (cycle length, week start, story points field). No permission check here: it is the
 * administration service that decides who may change them. A value that cannot be read (hand-edited, or written by
 * a later version) falls back to its default rather than breaking every page.
 */
public class SiteSettings {

    /** Prefixed with the app's key: SAL's settings are one namespace for every app. */
    static final String PREFIX = "io.capokr.";
    public static final String STORY_POINTS_FIELD = PREFIX + Settings.STORY_POINTS_FIELD;
    static final String DEFAULT_CYCLE_LENGTH = PREFIX + Settings.DEFAULT_CYCLE_LENGTH;
    static final String WEEK_STARTS_ON = PREFIX + Settings.WEEK_STARTS_ON;
    static final String LAST_RECONCILE = PREFIX + "lastReconcile";

    private final AppSettings store;

    public SiteSettings(AppSettings store) {
        this.store = store;
    }

    public Settings current() {
        return new Settings(store.get(STORY_POINTS_FIELD).orElse(null), defaultCycleLength(), weekStartsOn());
    }

    /** The story points field chosen by the administrator; empty for the default. */
    public Optional<String> storyPointsFieldId() {
        return store.get(STORY_POINTS_FIELD);
    }

    /** One read of the store, not the three of {@link #current()}: cycle saves and every weekly view ask it. */
    public int defaultCycleLength() {
        return store.get(DEFAULT_CYCLE_LENGTH).map(SiteSettings::days).orElse(Settings.DEFAULTS.defaultCycleLength());
    }

    public DayOfWeek weekStartsOn() {
        return store.get(WEEK_STARTS_ON).map(SiteSettings::day).orElse(Settings.DEFAULTS.weekStartsOn());
    }

    void save(Settings settings) {
        store.put(STORY_POINTS_FIELD, settings.storyPointsFieldId());
        store.put(DEFAULT_CYCLE_LENGTH, Integer.toString(settings.defaultCycleLength()));
        store.put(WEEK_STARTS_ON, settings.weekStartsOn().name());
    }

    public Optional<ReconcileRun> lastReconcile() {
        return store.get(LAST_RECONCILE).flatMap(SiteSettings::run);
    }

    void recordReconcile(ReconcileRun run) {
        // One value, so that a reader on another node never sees half of one run and half of the next.
        store.put(LAST_RECONCILE, String.join(" ", run.startedAt().toString(), Integer.toString(run.checked()),
                Integer.toString(run.corrected()), Integer.toString(run.missing()), Long.toString(run.took().toMillis())));
    }

    private static Optional<ReconcileRun> run(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReconcileRun(Instant.parse(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Duration.ofMillis(Long.parseLong(parts[4]))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Integer days(String text) {
        try {
            int days = Integer.parseInt(text.trim());
            return days >= Settings.MIN_CYCLE_LENGTH && days <= io.capokr.okr.CycleRules.MAX_LENGTH_DAYS
                    ? days : Settings.DEFAULTS.defaultCycleLength();
        } catch (NumberFormatException e) {
            return Settings.DEFAULTS.defaultCycleLength();
        }
    }

    private static DayOfWeek day(String text) {
        try {
            return DayOfWeek.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return Settings.DEFAULTS.weekStartsOn();
        }
    }
}
