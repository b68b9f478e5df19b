package io.capokr.web;

import java.util.List;

import io.capokr.okr.Health;
import io.capokr.okr.Progress;
import io.capokr.service.CompanyOkrs;

/** The company's cycle at a glance: company objectives, aligned objectives, projects, progress and health counts. */
public final class CompanySummaryView {

    private final CompanyOkrs okrs;

    CompanySummaryView(CompanyOkrs okrs) {
        this.okrs = okrs;
    }

    public int getObjectives() {
        return okrs.objectives().size();
    }

    /** The project objectives aligned to a company objective, in projects the reader may browse. */
    public int getAligned() {
        return okrs.objectives().stream().flatMap(o -> o.aligned().stream()).mapToInt(g -> g.objectives().size()).sum();
    }

    public int getProjects() {
        return okrs.projects().size();
    }

    /** The company objectives' mean progress, each counting once. */
    public int getProgressPercent() {
        List<Progress.Weighted> each = okrs.objectives().stream().map(o -> new Progress.Weighted(o.progress(), 1)).toList();
        return Percent.of(Progress.ofObjective(each));
    }

    public int getExpectedPercent() {
        return Percent.of(okrs.expectedProgress());
    }

    public long getOnTrack() {
        return count(Health.ON_TRACK);
    }

    public long getAtRisk() {
        return count(Health.AT_RISK);
    }

    public long getOffTrack() {
        return count(Health.OFF_TRACK);
    }

    public long getNotStarted() {
        return count(Health.NOT_STARTED);
    }

    /** Health counts are of company objectives: that is what this page is about. */
    private long count(Health health) {
        return okrs.objectives().stream().filter(o -> o.health() == health).count();
    }
}
