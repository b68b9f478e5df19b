package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.web.ProjectPageContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.Test;

/**
 * The Jira glue of the project page: which project and cycle it is asked for, and the page's web resources. The
 * view model itself is the factory's, which the sandbox's page tests exercise in full; here it is a stand-in.
 */
public class ProjectPageContextProviderTest {

    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final HttpContext httpContext = mock(HttpContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final ProjectPageContextFactory pages = mock(ProjectPageContextFactory.class);
    private final ProjectPageContextProvider provider = new ProjectPageContextProvider(pages, pageBuilder, httpContext);

    @Test
    public void thePageIsBuiltForTheProjectJiraPassesInAndTheCycleItsUrlAsksFor() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("MKT");
        when(httpContext.getRequest()).thenReturn(request);
        when(request.getParameter("cycle")).thenReturn("7");
        when(pages.contextFor("MKT", "7")).thenReturn(Map.of("page", "the MKT page"));
        Map<String, Object> jiraContext = new HashMap<>();
        jiraContext.put("project", project);

        Map<String, Object> context = provider.getContextMap(jiraContext);

        assertEquals("the MKT page", context.get("page"));
        assertTrue("Jira's own context is kept", context.containsKey("project"));
        verify(pageBuilder.assembler().resources()).requireWebResource("io.capokr.jira:project-page-resources");
    }

    @Test
    public void aProjectKeyStringIsEnoughAndNoRequestMeansTheDefaultCycle() {
        when(httpContext.getRequest()).thenReturn(null);
        when(pages.contextFor("SALES", null)).thenReturn(Map.of("page", "the SALES page"));

        assertEquals("the SALES page", provider.getContextMap(Map.of("projectKey", "SALES")).get("page"));
    }

    @Test
    public void withoutAProjectTheFactoryIsAskedForNone() {
        when(httpContext.getRequest()).thenReturn(request);
        when(pages.contextFor(isNull(), isNull())).thenReturn(Map.of("page", "explains itself"));

        assertEquals("explains itself", provider.getContextMap(Map.of()).get("page"));
    }
}
