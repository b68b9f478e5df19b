package io.capokr.rest;

import java.util.Map;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.CheckInService;
import io.capokr.service.InitiativeService;
import io.capokr.service.KeyResultService;
import io.capokr.service.RequestErrors;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /rest/capokr/1.0/keyresults}: a key result, its initiatives (linked issues) and its check-ins. */
@Path("/keyresults")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KeyResultResource {

    private final KeyResultService keyResults;
    private final InitiativeService initiatives;
    private final CheckInService checkIns;
    private final RequestErrors requestErrors;

    @Inject
    public KeyResultResource(KeyResultService keyResults, InitiativeService initiatives, CheckInService checkIns,
                             RequestErrors requestErrors) {
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.checkIns = checkIns;
        this.requestErrors = requestErrors;
    }

    @GET
    @Path("/{id}")
    public KeyResultJson get(@PathParam("id") String id) {
        return KeyResultJson.of(keyResults.get(requestErrors.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeyResultJson update(@PathParam("id") String id, KeyResultRequestJson body) {
        KeyResultRequestJson request = requestErrors.required(body);
        return KeyResultJson.of(keyResults.update(requestErrors.id(id), request.toDraft(), request.ownerKey(),
                request.version()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        keyResults.delete(requestErrors.id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/issues")
    public InitiativePageJson issues(@PathParam("id") String id, @QueryParam("startAt") String startAt,
                                     @QueryParam("maxResults") String maxResults) {
        return InitiativePageJson.of(initiatives.list(requestErrors.id(id), requestErrors.page(startAt, maxResults)));
    }

    /** Links issues, all or none: a key that is unknown or hidden from the caller is a 400 against that key. */
    @POST
    @Path("/{id}/issues")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> link(@PathParam("id") String id, LinkRequestJson body) {
        LinkRequestJson request = requestErrors.required(body);
        InitiativeService.LinkResult result = initiatives.link(requestErrors.id(id), request.issueKeys(),
                request.contributesOrDefault());
        return Map.of("linked", result.linked(), "alreadyLinked", result.alreadyLinked());
    }

    @POST
    @Path("/{id}/issues/unlink")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> unlink(@PathParam("id") String id, LinkRequestJson body) {
        return Map.of("unlinked", initiatives.unlink(requestErrors.id(id), requestErrors.required(body).issueKeys()));
    }

    @GET
    @Path("/{id}/checkins")
    public PageJson<CheckInJson> checkIns(@PathParam("id") String id, @QueryParam("startAt") String startAt,
                                          @QueryParam("maxResults") String maxResults) {
        return PageJson.of(checkIns.list(requestErrors.id(id), requestErrors.page(startAt, maxResults)), CheckInJson::of);
    }

    @GET
    @Path("/{id}/checkins/{checkInId}")
    public CheckInJson getCheckIn(@PathParam("id") String id, @PathParam("checkInId") String checkInId) {
        return CheckInJson.of(checkIns.get(requestErrors.id(id), requestErrors.id(checkInId)));
    }

    @POST
    @Path("/{id}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") String id, CheckInRequestJson body, @Context UriInfo uriInfo) {
        CheckInJson created = CheckInJson.of(checkIns.record(requestErrors.id(id), requestErrors.required(body).toDraft()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
