package io.capokr.web;

import java.util.List;

import io.capokr.service.Administration;
import io.capokr.service.ReconcileRun;

/**
 * What the administration page template reads. Dates of the last reconcile are given in ISO-8601, and the page's
 * script shows them in the reader's own time zone and language.
 */
public final class AdminPageView {

    private final Administration administration;
    private final List<OptionView> fields;
    private final List<OptionView> days;
    private final String defaultFieldLabel;
    private final String problem;

    private AdminPageView(Administration administration, List<OptionView> fields, List<OptionView> days,
                          String defaultFieldLabel, String problem) {
        this.administration = administration;
        this.fields = List.copyOf(fields);
        this.days = List.copyOf(days);
        this.defaultFieldLabel = defaultFieldLabel;
        this.problem = problem;
    }

    static AdminPageView of(Administration administration, List<OptionView> fields, List<OptionView> days,
                            String defaultFieldLabel) {
        return new AdminPageView(administration, fields, days, defaultFieldLabel, null);
    }

    static AdminPageView refused(String problem) {
        return new AdminPageView(null, List.of(), List.of(), "", problem);
    }

    /** Not a Jira administrator (or not logged in): the page says why and shows nothing else. */
    public boolean isRefused() {
        return administration == null;
    }

    public String getProblem() {
        return problem == null ? "" : problem;
    }

    /** The site's numeric custom fields, the chosen one selected. */
    public List<OptionView> getStoryPointsFields() {
        return fields;
    }

    /** Whether story points come from the default field (no field chosen). */
    public boolean isDefaultStoryPointsField() {
        return administration != null && administration.settings().storyPointsFieldId() == null;
    }

    public String getDefaultStoryPointsFieldLabel() {
        return defaultFieldLabel;
    }

    /** A chosen field that no longer exists on the site (deleted since): the page warns, as no points are read. */
    public boolean isStoryPointsFieldMissing() {
        return administration != null && administration.settings().storyPointsFieldId() != null
                && administration.storyPointsField().isEmpty();
    }

    public String getStoryPointsFieldId() {
        return administration == null || administration.settings().storyPointsFieldId() == null
                ? "" : administration.settings().storyPointsFieldId();
    }

    public int getDefaultCycleLength() {
        return administration == null ? 0 : administration.settings().defaultCycleLength();
    }

    public List<OptionView> getWeekDays() {
        return days;
    }

    public boolean isHasLastReconcile() {
        return administration != null && administration.lastReconcile().isPresent();
    }

    public String getLastReconcileStartedAt() {
        return lastRun() == null ? "" : lastRun().startedAt().toString();
    }

    public int getLastReconcileChecked() {
        return lastRun() == null ? 0 : lastRun().checked();
    }

    public int getLastReconcileCorrected() {
        return lastRun() == null ? 0 : lastRun().corrected();
    }

    public int getLastReconcileMissing() {
        return lastRun() == null ? 0 : lastRun().missing();
    }

    public long getLastReconcileTookMillis() {
        return lastRun() == null ? 0 : lastRun().took().toMillis();
    }

    private ReconcileRun lastRun() {
        return administration == null ? null : administration.lastReconcile().orElse(null);
    }
}
