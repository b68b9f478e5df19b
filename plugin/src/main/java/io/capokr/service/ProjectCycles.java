package io.capokr.service;

import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.ProjectRef;

/**
 * What a project's OKR page shows, already filtered to what the caller may see; {@code defaultCycleLength}: the days
 * a new cycle lasts when no end date is given (the site's setting), which the new-cycle dialog says.
 */
public record ProjectCycles(ProjectRef project, List<Cycle> cycles, boolean canManageCycles, int defaultCycleLength) {

    public ProjectCycles {
        cycles = List.copyOf(cycles);
    }
}
