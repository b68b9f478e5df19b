package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.ProjectOkrService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/capokr/1.0/projects/{key}/okrs?cycleId=}: a project's OKRs for a cycle (the current one by default). */
@Path("/projects/{projectKey}/okrs")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProjectOkrResource {

    private final ProjectOkrService okrs;
    private final CalibrationTexts calibrationTexts;

    @Inject
    public ProjectOkrResource(ProjectOkrService okrs, CalibrationTexts calibrationTexts) {
        this.okrs = okrs;
        this.calibrationTexts = calibrationTexts;
    }

    @GET
    public ProjectOkrsJson get(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        return ProjectOkrsJson.of(okrs.forProject(projectKey, RequestErrors.optionalId(cycleId, "cycleId")), calibrationTexts);
    }
}
