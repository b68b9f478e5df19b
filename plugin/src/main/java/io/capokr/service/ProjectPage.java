package io.capokr.service;

import java.util.List;

import io.capokr.okr.Cycle;
import io.capokr.okr.ProjectRef;

/** What a project's OKR page shows, already filtered to what the caller may see. */
public record ProjectPage(ProjectRef project, List<Cycle> cycles, boolean canManageCycles) {

    public ProjectPage {
        cycles = List.copyOf(cycles);
    }
}
