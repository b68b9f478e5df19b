package io.capokr.web;

import java.util.List;

import io.capokr.okr.Health;
import io.capokr.okr.Progress;
import io.capokr.service.ProjectOkrs;

/** The cycle at a glance: how many objectives and key results, progress against expected, health counts. */
public final class SummaryView {

    private final ProjectOkrs okrs;

    SummaryView(ProjectOkrs okrs) {
        this.okrs = okrs;
    }

    public int getObjectives() {
        return okrs.objectives().size();
    }

    public int getKeyResults() {
        return okrs.objectives().stream().mapToInt(o -> o.keyResults().size()).sum();
    }

    /** The objectives' mean progress, each objective counting once. */
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

    /** Health counts are of key results: that is where a team acts. */
    private long count(Health health) {
        return okrs.objectives().stream().flatMap(o -> o.keyResults().stream()).filter(k -> k.health() == health).count();
    }
}
