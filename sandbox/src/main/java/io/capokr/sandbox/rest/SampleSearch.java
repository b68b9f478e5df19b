package io.capokr.sandbox.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.capokr.host.Messages;
import io.capokr.rest.ErrorJson;
import io.capokr.rest.ErrorResponses;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SampleTracker.Issue;
import io.capokr.service.KeyResultIssuesService;
import io.capokr.service.ServiceException;

/**
 * The sample tracker's issue search, standing in for Jira's: what the sandbox's REST search
 * ({@code GET /rest/sandbox/1.0/issues}) and its issue navigator page ({@code /issues/}) both answer, so that they
 * cannot disagree. The issues of one project or all, narrowed by {@code issue in keyResultIssues(...)} (see
 * {@link SampleJql} for what is understood); as in Jira, the function answers ids and the search keeps the issues the
 * searcher may see (project and issue security). A query not understood, or one the function refuses, is a JQL error
 * in Jira's shape, worded as the plugin's REST words the function's refusals, never an empty result.
 */
public final class SampleSearch {

    /** What a search answers: the issues found, or the error (with the HTTP status it stands for) and no issues. */
    public record Result(List<Issue> issues, int status, ErrorJson error) {

        static Result found(List<Issue> issues) {
            return new Result(issues, 200, null);
        }

        static Result refused(int status, ErrorJson error) {
            return new Result(List.of(), status, error);
        }

        public boolean isRefused() {
            return error != null;
        }
    }

    private final SampleTracker tracker;
    private final Messages sandboxTexts;
    private final KeyResultIssuesService keyResultIssues;
    private final ErrorResponses pluginErrors;

    public SampleSearch(SampleTracker tracker, Messages sandboxTexts, KeyResultIssuesService keyResultIssues,
                        ErrorResponses pluginErrors) {
        this.tracker = tracker;
        this.sandboxTexts = sandboxTexts;
        this.keyResultIssues = keyResultIssues;
        this.pluginErrors = pluginErrors;
    }

    /**
     * @param searcher   the logged-in user's key
     * @param projectKey a project's key (any case), or null or blank for every project
     * @param jql        the query, or null or blank for no narrowing
     */
    public Result search(String searcher, String projectKey, String jql) {
        List<Issue> issues = projectKey == null || projectKey.isBlank()
                ? tracker.issues() : tracker.issues(projectKey.trim().toUpperCase(Locale.ROOT));
        if (jql != null && !jql.isBlank()) {
            Optional<List<String>> arguments = SampleJql.keyResultIssuesArguments(jql);
            if (arguments.isEmpty()) {
                return Result.refused(400, new ErrorJson(
                        List.of(sandboxTexts.text("capokr.jql.sandbox.unsupported", jql)), Map.of()));
            }
            Set<Long> ids;
            try {
                ids = keyResultIssues.issueIds(arguments.get());
            } catch (ServiceException refusal) {
                return Result.refused(pluginErrors.of(refusal).getStatus(), pluginErrors.body(refusal));
            }
            issues = issues.stream().filter(issue -> ids.contains(issue.id())).toList();
        }
        return Result.found(issues.stream().filter(issue -> tracker.canSee(searcher, issue)).toList());
    }
}
