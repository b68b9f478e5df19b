package io.capokr.web;

import io.capokr.okr.Confidence;
import io.capokr.okr.Health;
import io.capokr.okr.StatusCategory;

/**
 * AUI lozenge styles for the page's states, in one place so that a colour means one thing everywhere: green on
 * track or done, yellow at risk or in progress, red off track, grey not started or to do.
 */
final class Lozenges {

    private Lozenges() {
    }

    static String of(Health health) {
        return switch (health) {
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-removed";
            case NOT_STARTED -> "aui-lozenge-default";
        };
    }

    static String of(Confidence confidence) {
        return switch (confidence) {
            case ON_TRACK -> "aui-lozenge-success aui-lozenge-subtle";
            case AT_RISK -> "aui-lozenge-moved aui-lozenge-subtle";
            case OFF_TRACK -> "aui-lozenge-removed aui-lozenge-subtle";
        };
    }

    /** As Jira colours its status lozenges by category. */
    static String of(StatusCategory category) {
        return switch (category) {
            case DONE -> "aui-lozenge-success";
            case IN_PROGRESS -> "aui-lozenge-current";
            case TO_DO -> "aui-lozenge-default";
        };
    }

    /** The i18n key of a health's label. */
    static String labelKey(Health health) {
        return "capokr.health." + health.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String labelKey(Confidence confidence) {
        return "capokr.confidence." + confidence.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String labelKey(StatusCategory category) {
        return "capokr.status." + category.name().toLowerCase(java.util.Locale.ROOT);
    }
}
