package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.WeeklyService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/capokr/1.0/projects/{key}/weekly?cycleId=&week=2027-W05}: the project's weekly meeting. */
@Path("/projects/{projectKey}/weekly")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WeeklyResource {

    private final WeeklyService weekly;

    @Inject
    public WeeklyResource(WeeklyService weekly) {
        this.weekly = weekly;
    }

    @GET
    public WeeklyJson get(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId,
                          @QueryParam("week") String week) {
        return WeeklyJson.of(weekly.forProject(projectKey, RequestErrors.optionalId(cycleId, WeeklyService.CYCLE_ID), week));
    }
}
