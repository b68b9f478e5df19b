package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.project.Project;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.service.ProjectCycles;
import io.capokr.service.ProjectCyclesService;
import io.capokr.okr.ProjectRef;
import io.capokr.testing.BundleMessages;
import io.capokr.web.ProjectPageContextFactory;
import io.capokr.web.ProjectPageView;
import java.util.List;
import org.junit.Test;

public class ProjectPageContextProviderTest {

    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ProjectCyclesService pages = mock(ProjectCyclesService.class);
    private final ProjectPageContextProvider provider = new ProjectPageContextProvider(
            new ProjectPageContextFactory(pages, BundleMessages.english()), pageBuilder);

    @Test
    public void thePageIsBuiltForTheProjectJiraPassesIn() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("MKT");
        when(pages.forProject("MKT")).thenReturn(new ProjectCycles(new ProjectRef(10000, "MKT", "Marketing"), List.of(), false));
        Map<String, Object> jiraContext = new HashMap<>();
        jiraContext.put("project", project);

        Map<String, Object> context = provider.getContextMap(jiraContext);

        ProjectPageView page = (ProjectPageView) context.get("page");
        assertTrue(page.isAvailable());
        assertEquals("Marketing", page.getProjectName());
        assertTrue("Jira's own context is kept", context.containsKey("project"));
        verify(pageBuilder.assembler().resources()).requireWebResource("io.capokr.jira:project-page-resources");
    }

    @Test
    public void aProjectKeyStringIsEnoughWhenNoProjectObjectIsGiven() {
        when(pages.forProject("SALES")).thenReturn(new ProjectCycles(new ProjectRef(10001, "SALES", "Sales"), List.of(), true));

        ProjectPageView page = (ProjectPageView) provider.getContextMap(Map.of("projectKey", "SALES")).get("page");

        assertEquals("SALES", page.getProjectKey());
    }

    @Test
    public void withoutAProjectThePageExplainsItself() {
        ProjectPageView page = (ProjectPageView) provider.getContextMap(Map.of()).get("page");

        assertFalse(page.isAvailable());
        assertEquals("Open this page from a project.", page.getProblem());
    }
}
