package io.capokr.jira;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.web.IssuePanelContext;

/**
 * Context of the issue panel's placeholder: the issue's key, taken from the {@code issue} Jira puts in the
 * web-panel's context, and the panel's web resources. Nothing else: the issue view is Jira's hottest page, so the
 * first paint does no database work; the panel's script then asks REST for the key results.
 */
public class IssuePanelContextProvider implements ContextProvider {

    static final String WEB_RESOURCES = "io.capokr.jira:issue-panel-resources";

    private final PageBuilderService pageBuilderService;

    public IssuePanelContextProvider(PageBuilderService pageBuilderService) {
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCES);
        Map<String, Object> result = new HashMap<>(context);
        result.putAll(IssuePanelContext.of(issueKeyOf(context)));
        return result;
    }

    private static String issueKeyOf(Map<String, Object> context) {
        Object issue = context.get("issue");
        return issue instanceof Issue jiraIssue ? jiraIssue.getKey() : null;
    }
}
