package io.capokr.web;

import java.util.ArrayList;
import java.util.List;

import io.capokr.host.Messages;
import io.capokr.okr.CycleState;
import io.capokr.okr.PlanPriority;
import io.capokr.okr.UserRef;
import io.capokr.service.ProjectPlan;

/**
 * The project's preparation for the cycle shown, above its objectives: laid open while the cycle is being planned,
 * folded to one line ("Preparation: 3 priorities") once it runs or is closed, never hidden, so what was written
 * stays in view.
 */
public final class PlanView {

    private final ProjectPlan plan;
    private final Messages messages;

    PlanView(ProjectPlan plan, Messages messages) {
        this.plan = plan;
        this.messages = messages;
    }

    /** Open while the cycle is planned; folded otherwise. */
    public boolean isExpanded() {
        return plan.cycle().state() == CycleState.PLANNING;
    }

    public boolean isCanEdit() {
        return plan.canEdit();
    }

    public boolean isHasPriorities() {
        return !plan.plan().priorities().isEmpty();
    }

    public int getVersion() {
        return plan.plan().version();
    }

    /** "Preparation: 3 priorities", the line a folded plan shows. */
    public String getCollapsedLabel() {
        return messages.text("capokr.plan.collapsed", plan.plan().priorities().size());
    }

    /** "Last changed by Luc Lead"; empty while nobody has written the plan. */
    public String getUpdatedLabel() {
        UserRef by = plan.person(plan.plan().updatedBy());
        return by == null ? "" : messages.text("capokr.plan.updated", by.displayName());
    }

    public List<PlanPriorityView> getPriorities() {
        List<PlanPriorityView> priorities = new ArrayList<>();
        for (PlanPriority priority : plan.plan().priorities()) {
            UserRef owner = plan.person(priority.ownerKey());
            priorities.add(new PlanPriorityView(priority.title(), owner == null ? null : new Person(owner)));
        }
        return priorities;
    }
}
