package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.PlanService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/capokr/1.0/projects/{key}/plan}: a project's preparation for a cycle, its ordered business
 * priorities and their owners. {@code GET ?cycleId=} (the default cycle without one), {@code PUT} with the whole list.
 */
@Path("/projects/{projectKey}/plan")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PlanResource {

    private final PlanService plans;

    @Inject
    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    public PlanJson get(@PathParam("projectKey") String projectKey, @QueryParam("cycleId") String cycleId) {
        return PlanJson.of(plans.get(projectKey, RequestErrors.optionalId(cycleId, "cycleId")));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanJson save(@PathParam("projectKey") String projectKey, PlanRequestJson body) {
        PlanRequestJson request = RequestErrors.required(body);
        return PlanJson.of(plans.save(projectKey, request.cycleId(), request.version(), request.toDraft()));
    }
}
