package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.Cycle;
import io.capokr.service.CycleService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/**
 * {@code /rest/capokr/1.0/cycles}. Thin: permissions and validation live in {@link CycleService}.
 * Licensed users only, as Jira's default; the service then tells administrators from the rest.
 */
@Path("/cycles")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CycleResource {

    private final CycleService cycles;

    @Inject
    public CycleResource(CycleService cycles) {
        this.cycles = cycles;
    }

    @GET
    public PageJson<CycleJson> list(@QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        return PageJson.of(cycles.list(RequestErrors.page(startAt, maxResults)), CycleJson::of);
    }

    @GET
    @Path("/{id}")
    public CycleJson get(@PathParam("id") String id) {
        return CycleJson.of(cycles.get(RequestErrors.id(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCycleJson body, @Context UriInfo uriInfo) {
        Cycle created = cycles.create(RequestErrors.required(body).toDraft());
        return Created.inThisCollection(uriInfo, created.id(), CycleJson.of(created));
    }
}
