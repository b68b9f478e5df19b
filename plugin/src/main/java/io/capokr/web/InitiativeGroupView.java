package io.capokr.web;

import java.util.List;

/** The linked issues of one status category, under its heading ("Done", "In progress", "To do"). */
public final class InitiativeGroupView {

    private final String heading;
    private final List<IssueView> issues;

    InitiativeGroupView(String heading, List<IssueView> issues) {
        this.heading = heading;
        this.issues = List.copyOf(issues);
    }

    public String getHeading() {
        return heading;
    }

    public List<IssueView> getIssues() {
        return issues;
    }
}
