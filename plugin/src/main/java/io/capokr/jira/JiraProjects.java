package io.capokr.jira;

import java.util.Optional;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.capokr.host.Projects;
import io.capokr.okr.ProjectRef;

/** {@link Projects} from Jira's ProjectManager. Keys are looked up as they are now, not as they once were. */
public class JiraProjects implements Projects {

    private final ProjectManager projectManager;

    public JiraProjects(ProjectManager projectManager) {
        this.projectManager = projectManager;
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return Optional.ofNullable(projectManager.getProjectByCurrentKey(key)).map(JiraProjects::toRef);
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return Optional.ofNullable(projectManager.getProjectObj(id)).map(JiraProjects::toRef);
    }

    static ProjectRef toRef(Project project) {
        return new ProjectRef(project.getId(), project.getKey(), project.getName());
    }
}
