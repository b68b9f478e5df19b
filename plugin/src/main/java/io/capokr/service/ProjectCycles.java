package io.capokr.service;

import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.ProjectRef;

/** What a project's OKR page shows, already filtered to what the caller may see. */
public record ProjectCycles(ProjectRef project, List<Cycle> cycles, boolean canManageCycles) {

    public ProjectCycles {
        cycles = List.copyOf(cycles);
    }
}
