package io.capokr.jira;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.web.ProjectPageContextFactory;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Context of the project-page web-panel. Jira gives the panel the current {@code project}; this reads its key
 * (falling back to a {@code projectKey} string) and the cycle the page's URL asks for (through SAL's
 * {@link HttpContext}), asks for the page's web resources, and leaves the view model to
 * {@link ProjectPageContextFactory}, which the sandbox shares.
 */
public class ProjectPageContextProvider implements ContextProvider {

    static final String WEB_RESOURCES = "io.capokr.jira:project-page-resources";

    private final ProjectPageContextFactory pages;
    private final PageBuilderService pageBuilderService;
    private final HttpContext httpContext;

    public ProjectPageContextProvider(ProjectPageContextFactory pages, PageBuilderService pageBuilderService,
                                      HttpContext httpContext) {
        this.pages = pages;
        this.pageBuilderService = pageBuilderService;
        this.httpContext = httpContext;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCES);
        Map<String, Object> result = new HashMap<>(context);
        result.putAll(pages.contextFor(projectKeyOf(context), cycleAsked()));
        return result;
    }

    private String cycleAsked() {
        HttpServletRequest request = httpContext.getRequest();
        return request == null ? null : request.getParameter(ProjectPageContextFactory.CYCLE_PARAMETER);
    }

    private static String projectKeyOf(Map<String, Object> context) {
        Object project = context.get("project");
        if (project instanceof Project jiraProject) {
            return jiraProject.getKey();
        }
        Object key = context.get("projectKey");
        return key instanceof String text ? text : null;
    }
}
