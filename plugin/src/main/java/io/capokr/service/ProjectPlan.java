package io.capokr.service;

import java.util.Map;

import io.capokr.okr.Cycle;
import io.capokr.okr.Plan;
import io.capokr.okr.ProjectRef;
import io.capokr.okr.UserRef;

/**
 * A project's plan for a cycle as readers see it: the plan, the people it names (its owners and who saved it last;
 * a user the host no longer knows stands for their own key) and whether the reader may change it now.
 */
public record ProjectPlan(ProjectRef project, Cycle cycle, Plan plan, Map<String, UserRef> people, boolean canEdit) {

    public ProjectPlan {
        people = Map.copyOf(people);
    }

    /** The person behind a user key the plan names, or null for none. */
    public UserRef person(String userKey) {
        return userKey == null ? null : people.getOrDefault(userKey, new UserRef(userKey, userKey));
    }
}
