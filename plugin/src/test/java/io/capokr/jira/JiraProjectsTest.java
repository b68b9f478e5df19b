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
    public void anUnknownKeyFindsNothing() {
        assertTrue(new JiraProjects(projectManager).byKey("NOPE").isEmpty());
    }
}
