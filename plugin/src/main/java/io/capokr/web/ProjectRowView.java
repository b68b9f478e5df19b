package io.capokr.web;

import io.capokr.host.Messages;
import io.capokr.service.CompanyOkrs;

/** A project with OKRs in the cycle, as a row of the company page: counts, average progress, link to its page. */
public final class ProjectRowView {

    private final CompanyOkrs.ProjectRow row;
    private final String url;
    private final Messages messages;

    ProjectRowView(CompanyOkrs.ProjectRow row, String url, Messages messages) {
        this.row = row;
        this.url = url;
        this.messages = messages;
    }

    public String getKey() {
        return row.project().key();
    }

    public String getName() {
        return row.project().name();
    }

    public String getUrl() {
        return url;
    }

    /** "2 objectives". */
    public String getObjectivesLabel() {
        return messages.text("capokr.company.projects.objectives", row.objectives());
    }

    public int getProgressPercent() {
        return Percent.of(row.averageProgress());
    }

    public String getHealthLabel() {
        return messages.text(Lozenges.labelKey(row.health()));
    }

    public String getHealthLozenge() {
        return Lozenges.of(row.health());
    }
}
