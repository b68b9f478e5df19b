// Source: github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/web/bean/PagerFilter.java ; github.com/cures-hub/cures-condec-jira src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java (Jira 8+: search(ApplicationUser, Query, PagerFilter))
package com.atlassian.jira.web.bean;

/**
 * Compile-only mirror of Jira's PagerFilter (members Cap uses only); inside Jira the real class is used. Unlike other
 * stubs it keeps its start and page size, so that Mockito tests can check how searches are paged.
 */
public class PagerFilter<T> {

    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
