package io.capokr.rest;

import java.net.URI;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.Cycle;
import io.capokr.service.CycleService;
import io.capokr.service.RequestErrors;
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
    private final RequestErrors requestErrors;

    @Inject
    public CycleResource(CycleService cycles, RequestErrors requestErrors) {
        this.cycles = cycles;
        this.requestErrors = requestErrors;
    }

    @GET
    public PageJson<CycleJson> list(@QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        return PageJson.of(cycles.list(requestErrors.page(startAt, maxResults)), CycleJson::of);
    }

    @GET
    @Path("/{id}")
    public CycleJson get(@PathParam("id") String id) {
        return CycleJson.of(cycles.get(requestErrors.id(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCycleJson body, @Context UriInfo uriInfo) {
        Cycle created = cycles.create(requestErrors.required(body).toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(CycleJson.of(created)).build();
    }
}
