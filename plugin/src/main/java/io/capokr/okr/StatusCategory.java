package io.capokr.okr;

import java.util.Arrays;

/**
 * Jira's three status categories. Only the category matters for progress: an issue counts as done
 * when its status is in the Done category, whatever the workflow calls the status.
 */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    /** The key Jira gives the category ({@code new}, {@code indeterminate}, {@code done}). */
    public String jiraKey() {
        return jiraKey;
    }

    /** The category for Jira's key; an unknown or missing key (such as "undefined") counts as to do. */
    public static StatusCategory fromJiraKey(String key) {
        return Arrays.stream(values()).filter(category -> category.jiraKey.equals(key)).findFirst().orElse(TO_DO);
    }
}
