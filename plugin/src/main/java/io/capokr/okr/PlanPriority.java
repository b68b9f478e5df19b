package io.capokr.okr;

import java.util.Objects;

/** One business priority of a project's plan for a cycle, and who owns it ({@code ownerKey} null: nobody yet). */
public record PlanPriority(String title, String ownerKey) {

    public PlanPriority {
        Objects.requireNonNull(title, "title");
    }
}
