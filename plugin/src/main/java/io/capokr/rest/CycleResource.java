package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.CarryOverService;
import io.capokr.service.CycleService;
import io.capokr.service.CycleWithOverlaps;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
    private final CarryOverService carryOver;

    @Inject
    public CycleResource(CycleService cycles, CarryOverService carryOver) {
        this.cycles = cycles;
        this.carryOver = carryOver;
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
        CycleWithOverlaps created = cycles.create(RequestErrors.required(body).toDraft());
        return Created.inThisCollection(uriInfo, created.cycle().id(), CycleJson.of(created));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CycleJson update(@PathParam("id") String id, NewCycleJson body) {
        long cycleId = RequestErrors.id(id);
        NewCycleJson request = RequestErrors.required(body);
        return CycleJson.of(cycles.update(cycleId, request.toEdit(), request.version()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        cycles.delete(RequestErrors.id(id));
        return Response.noContent().build();
    }

    /** PLANNING → ACTIVE; no body. */
    @POST
    @Path("/{id}/start")
    public CycleJson start(@PathParam("id") String id) {
        return CycleJson.of(cycles.start(RequestErrors.id(id)));
    }

    /**
     * ACTIVE → CLOSED. An optional body ({@link CarryRequestJson}) carries or drops unfinished key results in the same
     * transaction; without one, they stay undecided.
     */
    @POST
    @Path("/{id}/close")
    public CycleJson close(@PathParam("id") String id, CarryRequestJson body) {
        return CycleJson.of(cycles.close(RequestErrors.id(id), CarryRequestJson.toRequest(body)));
    }

    /** The cycle's unfinished key results and their decisions; {@code projectKey}: only that project's. */
    @GET
    @Path("/{id}/unfinished")
    public UnfinishedJson unfinished(@PathParam("id") String id, @QueryParam("projectKey") String projectKey) {
        return UnfinishedJson.of(carryOver.unfinished(RequestErrors.id(id), projectKey));
    }

    /** Decides, on a closed cycle, what its close left undecided (or changes a drop into a carry). */
    @POST
    @Path("/{id}/carry-over")
    @Consumes(MediaType.APPLICATION_JSON)
    public CarryResultJson carryOver(@PathParam("id") String id, CarryRequestJson body) {
        return CarryResultJson.of(carryOver.decide(RequestErrors.id(id), CarryRequestJson.toRequest(RequestErrors.required(body))));
    }
}
