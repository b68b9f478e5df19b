package io.capokr.sandbox;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import io.capokr.host.Clock;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.PageRequest;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.service.CycleService;

/**
 * Gives a new sandbox something to show: this quarter's and next quarter's cycles, created through the
 * plugin's own CycleService as the sample administrator, so they pass the same checks as any other.
 * A database that already has cycles is left as it is.
 */
final class SampleData {

    private SampleData() {
    }

    static void seedIfEmpty(CycleService cycles, RequestContext requests, Clock clock) {
        try (RequestContext.Scope admin = requests.enter(SampleTracker.ADMIN, RequestContext.DEFAULT_LOCALE)) {
            if (cycles.list(PageRequest.first(1)).total() > 0) {
                return;
            }
            LocalDate thisQuarter = quarterStart(clock.today());
            createQuarter(cycles, thisQuarter);
            createQuarter(cycles, thisQuarter.plusMonths(3));
        }
    }

    static LocalDate quarterStart(LocalDate day) {
        int firstMonth = (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    private static void createQuarter(CycleService cycles, LocalDate start) {
        String name = start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate end = start.plusMonths(3).minusDays(1);
        cycles.create(new CycleDraft(name, start.toString(), end.toString()));
    }
}
