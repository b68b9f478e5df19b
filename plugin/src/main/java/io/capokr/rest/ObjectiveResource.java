package io.capokr.rest;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.capokr.okr.Objective;
import io.capokr.service.CalibrationService;
import io.capokr.service.HistoryService;
import io.capokr.service.KeyResultService;
import io.capokr.service.ObjectiveService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /rest/capokr/1.0/objectives}: objectives and, below each, its key results. */
@Path("/objectives")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ObjectiveResource {

    private final ObjectiveService objectives;
    private final KeyResultService keyResults;
    private final HistoryService history;

    private final CalibrationService calibration;
    private final CalibrationTexts calibrationTexts;

    @Inject
    public ObjectiveResource(ObjectiveService objectives, KeyResultService keyResults, HistoryService history,
                             CalibrationService calibration, CalibrationTexts calibrationTexts) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.history = history;
        this.calibration = calibration;
        this.calibrationTexts = calibrationTexts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ObjectiveRequestJson body, @Context UriInfo uriInfo) {
        Objective created = objectives.create(RequestErrors.required(body).toCommand());
        return Created.inThisCollection(uriInfo, created.id(), ObjectiveJson.of(created));
    }

    @GET
    @Path("/{id}")
    public ObjectiveJson get(@PathParam("id") String id) {
        return ObjectiveJson.of(objectives.get(RequestErrors.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectiveJson update(@PathParam("id") String id, ObjectiveRequestJson body) {
        return ObjectiveJson.of(objectives.update(RequestErrors.id(id), RequestErrors.required(body).toEdit()));
    }

    /** The objective's weighted progress per day on which one of its key results changed, earliest first. */
    @GET
    @Path("/{id}/history")
    public ObjectiveHistoryJson history(@PathParam("id") String id) {
        long objectiveId = RequestErrors.id(id);
        return new ObjectiveHistoryJson(objectiveId, ProgressPointJson.of(history.ofObjective(objectiveId)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        objectives.delete(RequestErrors.id(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ObjectiveJson> reorder(OrderJson body) {
        OrderJson order = RequestErrors.required(body);
        return objectives.reorder(RequestErrors.requiredId(order.cycleId(), "cycleId"), order.projectKey(),
                order.idsOrEmpty()).stream().map(ObjectiveJson::of).toList();
    }

    @GET
    @Path("/{id}/keyresults")
    public List<KeyResultJson> keyResults(@PathParam("id") String id) {
        return keyResults.forObjective(RequestErrors.id(id)).stream().map(KeyResultJson::of).toList();
    }

    @POST
    @Path("/{id}/keyresults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createKeyResult(@PathParam("id") String id, KeyResultRequestJson body, @Context UriInfo uriInfo) {
        KeyResultRequestJson request = RequestErrors.required(body);
        KeyResultJson created = KeyResultJson.of(keyResults.create(RequestErrors.id(id), request.toDraft(), request.ownerKey().orNull()));
        created = created.withWarnings(calibrationTexts.of(calibration.forKeyResult(created.id())));
        return Created.under(uriInfo, KeyResultResource.class, created.id(), created);
    }

    @PUT
    @Path("/{id}/keyresults/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<KeyResultJson> reorderKeyResults(@PathParam("id") String id, OrderJson body) {
        return keyResults.reorder(RequestErrors.id(id), RequestErrors.required(body).idsOrEmpty())
                .stream().map(KeyResultJson::of).toList();
    }
}
