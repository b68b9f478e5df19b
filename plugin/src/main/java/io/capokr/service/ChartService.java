package io.capokr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.capokr.host.Clock;
import io.capokr.okr.CheckIn;
import io.capokr.okr.Cycle;
import io.capokr.okr.KeyResult;
import io.capokr.okr.Objective;
import io.capokr.okr.ProgressPoint;
import io.capokr.okr.UserRef;
import io.capokr.store.CheckInStore;
import io.capokr.store.ProgressSnapStore;

/**
 * What a progress chart draws, read in a fixed number of statements: the cycle's calendar (the expected progress runs
 * straight from 0 on the first day to 1 on the last) and the progress on each day it changed; for a key result also
 * its check-ins with their notes, newest {@value #CHECK_INS_AT_MOST} at most (a weekly ritual makes about 13 a quarter);
 * for an objective, its progress weighted as the page weighs it ({@link HistoryService#ofObjective}).
 */
public class ChartService {

    static final int CHECK_INS_AT_MOST = 500;

    private final Finder finder;
    private final ProgressSnapStore snaps;
    private final CheckInStore checkIns;
    private final PeopleService people;
    private final HistoryService history;
    private final Clock clock;

    public ChartService(Finder finder, ProgressSnapStore snaps, CheckInStore checkIns, PeopleService people,
                        HistoryService history, Clock clock) {
        this.finder = finder;
        this.snaps = snaps;
        this.checkIns = checkIns;
        this.people = people;
        this.history = history;
        this.clock = clock;
    }

    public ObjectiveChart objective(long objectiveId) {
        Objective objective = finder.objectiveToView(objectiveId, finder.user());
        return new ObjectiveChart(objective, finder.cycle(objective.cycleId()), clock.today(), history.ofObjective(objectiveId));
    }

    /** {@code points}: earliest day first. */
    public record ObjectiveChart(Objective objective, Cycle cycle, LocalDate today, List<ProgressPoint> points) {
    }

    public KeyResultChart keyResult(long keyResultId) {
        Finder.Viewed viewed = finder.keyResultWithObjectiveToView(keyResultId, finder.user());
        Cycle cycle = finder.cycle(viewed.objective().cycleId());
        List<CheckIn> made = new ArrayList<>(checkIns.forKeyResult(keyResultId, 0, CHECK_INS_AT_MOST));
        made.sort(Comparator.comparing(CheckIn::at).thenComparing(CheckIn::id));
        Map<String, UserRef> authors = people.byKeys(made.stream().map(CheckIn::authorKey).filter(Objects::nonNull).toList());
        return new KeyResultChart(viewed.keyResult(), cycle, clock.today(), snaps.forKeyResult(keyResultId),
                made.stream().map(c -> new KeyResultChart.Mark(c, authors.get(c.authorKey()))).toList());
    }

    /** {@code points}: earliest day first; {@code checkIns}: oldest first. */
    public record KeyResultChart(KeyResult keyResult, Cycle cycle, LocalDate today, List<ProgressPoint> points,
                                 List<Mark> checkIns) {

        public record Mark(CheckIn checkIn, UserRef author) {
        }
    }
}
