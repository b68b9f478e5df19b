// Source: github.com/cures-hub/cures-condec-jira src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java (implements SearchService, Jira 8+) ; https://confluence.atlassian.com/display/ADMINJIRASERVER/Migrating+from+Lucene+to+Search+API (Jira 11 entry point) ; github.com/turgaycelik/mysource jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/bc/issue/search/DefaultSearchService.java (search does not validate)
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only mirror of Jira's SearchService (members Cap calls only); inside Jira the real interface is used.
 * search runs the query as {@code searcher}: issues the searcher may not browse are not returned.
 */
public interface SearchService {

    @SuppressWarnings("rawtypes")
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;
}
