package io.capokr.web;

import java.util.Map;

/**
 * The issue panel template's whole context: the issue key, a plain string (the template calls no method, so there
 * is nothing to allowlist). Shared by Jira's context provider and the sandbox's issue page.
 */
public final class IssuePanelContext {

    /** The name the template reads: {@code $issueKey}. */
    public static final String ISSUE_KEY = "issueKey";

    private IssuePanelContext() {
    }

    /** An unknown key renders an empty attribute: the script then shows nothing. */
    public static Map<String, Object> of(String issueKey) {
        return Map.of(ISSUE_KEY, issueKey == null ? "" : issueKey);
    }
}
