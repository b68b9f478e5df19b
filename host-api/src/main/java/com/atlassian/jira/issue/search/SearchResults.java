// Source: github.com/cures-hub/cures-condec-jira src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java (Jira 8+: class SearchResults<Issue>) ; https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html (SearchResults<Issue> in Jira 11) ; github.com/turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchResults.java
package com.atlassian.jira.issue.search;

import java.util.List;

/** Compile-only mirror of Jira's SearchResults (members Cap calls only); inside Jira the real class is used. */
public class SearchResults<T> {

    private SearchResults() {
        throw new UnsupportedOperationException("host-api stub");
    }

    /** The results in the requested page. */
    public List<T> getResults() {
        throw new UnsupportedOperationException("host-api stub");
    }
}
