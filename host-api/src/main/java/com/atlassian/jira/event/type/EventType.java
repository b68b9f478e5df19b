// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/event/type/EventType.java ; https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html ("static Long ISSUE_DELETED_ID")
package com.atlassian.jira.event.type;

/**
 * Compile-only mirror of Jira's EventType (members Cap uses only). The id is declared as in Jira, a
 * {@code public static final Long}: a boxed Long is not a compile-time constant, so javac emits getstatic and the
 * value Jira holds is the one used at runtime. The value here (8, as in Jira) only matters to unit tests.
 */
public class EventType {

    public static final Long ISSUE_DELETED_ID = 8L;

    private EventType() {
        throw new UnsupportedOperationException("host-api stub");
    }
}
