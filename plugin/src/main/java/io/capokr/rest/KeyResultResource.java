package io.capokr.rest;

import java.util.Map;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.service.CalibrationService;
import io.capokr.service.CheckInService;
import io.capokr.service.HistoryService;
import io.capokr.service.InitiativeService;
import io.capokr.service.KeyResultService;
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

/** {@code /rest/capokr/1.0/keyresults}: a key result, its initiatives (linked issues), its check-ins and
 * its progress history. */
@Path("/keyresults")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KeyResultResource {

    private final KeyResultService keyResults;
    private final InitiativeService initiatives;
    private final CheckInService checkIns;
    private final HistoryService history;
    private final CalibrationService calibration;
    private final CalibrationTexts calibrationTexts;

    @Inject
    public KeyResultResource(KeyResultService keyResults, InitiativeService initiatives, CheckInService checkIns,
                             HistoryService history, CalibrationService calibration, CalibrationTexts calibrationTexts) {
        this.keyResults = keyResults;
        this.initiatives = initiatives;
        this.checkIns = checkIns;
        this.history = history;
        this.calibration = calibration;
        this.calibrationTexts = calibrationTexts;
    }

    @GET
    @Path("/{id}")
    public KeyResultJson get(@PathParam("id") String id) {
        return KeyResultJson.of(keyResults.get(RequestErrors.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeyResultJson update(@PathParam("id") String id, KeyResultRequestJson body) {
        KeyResultRequestJson request = RequestErrors.required(body);
        KeyResultJson saved = KeyResultJson.of(keyResults.update(RequestErrors.id(id), request.toEdit(), request.ownerKey(),
                request.version()));
        return saved.withWarnings(calibrationTexts.of(calibration.forKeyResult(saved.id())));
    }

    /** The key result's progress per day on which it changed, earliest first, and its mid-cycle adjustments. */
    @GET
    @Path("/{id}/history")
    public KeyResultHistoryJson history(@PathParam("id") String id) {
        long keyResultId = RequestErrors.id(id);
        return new KeyResultHistoryJson(keyResultId, ProgressPointJson.of(history.ofKeyResult(keyResultId)),
                KeyResultHistoryJson.Adjustment.of(history.adjustmentsOf(keyResultId)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        keyResults.delete(RequestErrors.id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/issues")
    public InitiativePageJson issues(@PathParam("id") String id, @QueryParam("startAt") String startAt,
                                     @QueryParam("maxResults") String maxResults) {
        return InitiativePageJson.of(initiatives.list(RequestErrors.id(id), RequestErrors.page(startAt, maxResults)));
    }

    /** Links issues, all or none: a key that is unknown or hidden from the caller is a 400 against that key. */
    @POST
    @Path("/{id}/issues")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> link(@PathParam("id") String id, LinkRequestJson body) {
        LinkRequestJson request = RequestErrors.required(body);
        InitiativeService.LinkResult result = initiatives.link(RequestErrors.id(id), request.issueKeys(),
                request.contributesOrDefault());
        return Map.of("linked", result.linked(), "alreadyLinked", result.alreadyLinked());
    }

    @POST
    @Path("/{id}/issues/unlink")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> unlink(@PathParam("id") String id, LinkRequestJson body) {
        return Map.of("unlinked", initiatives.unlink(RequestErrors.id(id), RequestErrors.required(body).issueKeys()));
    }

    @GET
    @Path("/{id}/checkins")
    public PageJson<CheckInJson> checkIns(@PathParam("id") String id, @QueryParam("startAt") String startAt,
                                          @QueryParam("maxResults") String maxResults) {
        return PageJson.of(checkIns.list(RequestErrors.id(id), RequestErrors.page(startAt, maxResults)), CheckInJson::of);
    }

    @GET
    @Path("/{id}/checkins/{checkInId}")
    public CheckInJson getCheckIn(@PathParam("id") String id, @PathParam("checkInId") String checkInId) {
        return CheckInJson.of(checkIns.get(RequestErrors.id(id), RequestErrors.id(checkInId)));
    }

    @POST
    @Path("/{id}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") String id, CheckInRequestJson body, @Context UriInfo uriInfo) {
        CheckInJson created = CheckInJson.of(checkIns.record(RequestErrors.id(id), RequestErrors.required(body).toDraft()));
        return Created.inThisCollection(uriInfo, created.id(), created);
    }
}
