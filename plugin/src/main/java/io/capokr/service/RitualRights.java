package io.capokr.service;

import java.util.List;

import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;
import io.capokr.store.KeyResultStore;
import io.capokr.store.ObjectiveStore;

/**
 * Who runs a project's rituals in a cycle (DESIGN §8, issue 9 item 9): the project's administrators and the people
 * who own one of its objectives or key results in that cycle. They write its reviews, adjust its key results at
 * mid-cycle and grade them. Company objectives have no project: their key results are graded by the Jira
 * administrators, who own them. Reading is anyone's who may browse the project.
 */
public class RitualRights {

    private final ObjectiveStore objectives;
    private final KeyResultStore keyResults;
    private final Guard guard;

    public RitualRights(ObjectiveStore objectives, KeyResultStore keyResults, Guard guard) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.guard = guard;
    }

    /** Reads the project's objectives and key results of the cycle (two statements) to decide. */
    public boolean mayRun(UserRef user, ProjectRef project, long cycleId) {
        if (guard.canAdministerProject(user, project)) {
            return true;
        }
        List<Objective> own = objectives.inScope(cycleId, project.id());
        return mayRun(user, project, own, keyResults.forObjectives(own.stream().map(Objective::id).toList()));
    }

    /** The same from the project's objectives and key results of the cycle, already read. */
    public boolean mayRun(UserRef user, ProjectRef project, List<Objective> projectObjectives,
                          List<KeyResult> projectKeyResults) {
        return guard.canAdministerProject(user, project)
                || projectObjectives.stream().anyMatch(o -> o.ownerKey().equals(user.key()))
                || projectKeyResults.stream().anyMatch(k -> k.ownerKey().equals(user.key()));
    }

    /** May grade the objective's key results: the project's ritual runners, or Jira administrators for the company's. */
    public boolean mayGrade(UserRef user, Objective objective) {
        if (objective.isCompanyObjective()) {
            return guard.canEditObjective(user, objective);
        }
        return guard.browsableProject(user, objective.projectId())
                .map(project -> mayRun(user, project, objective.cycleId())).orElse(false);
    }

    public void requireRun(UserRef user, ProjectRef project, long cycleId) {
        if (!mayRun(user, project, cycleId)) {
            throw new PermissionDeniedException("capokr.review.error.cannotEdit");
        }
    }

    /** The project the caller may browse, by key (a 404 otherwise): where every ritual call starts. */
    public ProjectRef browsableProject(UserRef user, String projectKey) {
        return guard.browsableProject(user, projectKey);
    }

    /** Project administrators, as {@link Guard} decides who may create objectives there. */
}
