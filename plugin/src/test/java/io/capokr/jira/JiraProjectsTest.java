package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.capokr.okr.ProjectRef;
import org.junit.Test;

public class JiraProjectsTest {

    private final ProjectManager projectManager = mock(ProjectManager.class);

    @Test
    public void projectsAreFoundByTheirCurrentKey() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10000L);
        when(project.getKey()).thenReturn("MKT");
        when(project.getName()).thenReturn("Marketing");
        when(projectManager.getProjectByCurrentKey("MKT")).thenReturn(project);

        assertEquals(new ProjectRef(10000, "MKT", "Marketing"), new JiraProjects(projectManager).byKey("MKT").orElseThrow());
    }

    @Test
    public void projectsAreFoundById() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10001L);
        when(project.getKey()).thenReturn("SALES");
        when(project.getName()).thenReturn("Sales");
        when(projectManager.getProjectObj(10001L)).thenReturn(project);

        assertEquals(new ProjectRef(10001, "SALES", "Sales"), new JiraProjects(projectManager).byId(10001).orElseThrow());
    }

    @Test
    public void aDeletedProjectIsNotFoundById() {
        assertTrue(new JiraProjects(projectManager).byId(10002).isEmpty());
    }

    @Test
    public void anUnknownKeyFindsNothing() {
        assertTrue(new JiraProjects(projectManager).byKey("NOPE").isEmpty());
    }
}
